"""Building blocks sized and named for accessibility: every control >= 64 px, named, focusable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QProxyStyle, QPushButton, QScrollArea, QSizePolicy, QSlider, QStyle, QStyledItemDelegate,
                               QVBoxLayout, QWidget)
from shiboken6 import isValid

from ui import theme, tokens
from ui.flow import FlowRow
from ui.wrapped import WrappedLabel



class KioskStyle(QProxyStyle):
    """Fusion with indicators, scroll bars and slider handles large enough to touch; the flat look
    comes from the style sheet (`ui/style_sheet.py`)."""

    # Built once: Qt asks for metrics ~90 times on one screen switch, each a call into Python.
    BIG = {QStyle.PM_IndicatorWidth: 40, QStyle.PM_IndicatorHeight: 40, QStyle.PM_ExclusiveIndicatorWidth: 40,
           QStyle.PM_ExclusiveIndicatorHeight: 40, QStyle.PM_ScrollBarExtent: theme.TARGET_PX,
           QStyle.PM_SliderThickness: 44, QStyle.PM_SliderLength: 44, QStyle.PM_ScrollBarSliderMin: 64}

    # Qt's file dialog draws Fusion's fixed pixmaps: its "up" arrow was near black on black in high
    # contrast (1.3:1). The bundled icons instead, in the theme's text colour.
    ICONS = {QStyle.SP_ArrowBack: "arrow-left", QStyle.SP_ArrowLeft: "arrow-left",
             QStyle.SP_ArrowForward: "arrow-right", QStyle.SP_ArrowRight: "arrow-right", QStyle.SP_ArrowUp: "arrow-up",
             QStyle.SP_FileDialogToParent: "folder-up", QStyle.SP_FileDialogNewFolder: "folder-plus",
             QStyle.SP_FileDialogListView: "list", QStyle.SP_FileDialogDetailedView: "list-details",
             QStyle.SP_DirIcon: "folder", QStyle.SP_DirClosedIcon: "folder", QStyle.SP_DirOpenIcon: "folder",
             QStyle.SP_FileIcon: "file", QStyle.SP_ComputerIcon: "device-desktop", QStyle.SP_DriveHDIcon: "device-floppy",
             QStyle.SP_DirHomeIcon: "home"}

    def pixelMetric(self, metric, option=None, widget=None):  # noqa: ANN001, ANN201, N802 - Qt override
        big = self.BIG.get(metric)
        return big if big is not None else super().pixelMetric(metric, option, widget)

    def standardIcon(self, icon, option=None, widget=None):  # noqa: ANN001, ANN201, N802 - Qt override
        name = self.ICONS.get(icon)
        if name is None:
            return super().standardIcon(icon, option, widget)
        from ui.icons import themed_icon  # icons import the theme, which imports this module

        return themed_icon(name)


def _sized(widget: QWidget, name: str, description: str = "") -> QWidget:
    widget.setMinimumHeight(theme.TARGET_PX)
    widget.setMinimumWidth(theme.TARGET_PX)
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    widget.setFocusPolicy(Qt.StrongFocus)
    return widget


BUTTON_ROLES = ("primary", "secondary", "quiet", "danger")


def button(text: str, role: str = "", description: str = "", kind: type[QPushButton] = QPushButton) -> QPushButton:
    """A button in one of the roles: primary (the one main action of a screen), secondary (the
    default), quiet (leaving, cancelling: outlined, uncoloured) or danger (destroys something)."""
    b = kind(text)
    _sized(b, text.replace("&", ""), description)
    b.setAutoDefault(False)
    if role:
        theme.set_role(b, role)
    return b


class ChoiceButton(QPushButton):
    """A checkable button whose chosen state is shown by a ✔ in its text, not by shade alone."""

    MARK = "✔ "

    def __init__(self, text: str) -> None:
        super().__init__()
        self._base = ""
        self.setCheckable(True)
        self.toggled.connect(lambda _on: self.setText(self._base))
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override, called by rename()
        self._base = text
        super().setText((self.MARK if self.isChecked() else "") + text)


class WrappingButton(QPushButton):
    """A button with long words (a whole sentence in some languages) that wraps them onto more lines
    when its row is narrower than they are, as a plain button would cut them off at 200 %."""

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self.words = WrappedLabel()
        self.words.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.words.setForegroundRole(QPalette.ButtonText)  # the button's own text colour in its role
        self.words.setAlignment(Qt.AlignCenter)
        QVBoxLayout(self).addWidget(self.words)
        self._pad()
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override, called by rename()
        self.words.setText(text)

    def text(self) -> str:
        return self.words.text()

    def _pad(self) -> None:
        """The style sheet's padding and border, which the inner layout does not see."""
        scale = int(theme.prop(QApplication.instance(), "kioskScale", 100))
        x = tokens.scaled(tokens.PADDING_X_PX, scale) + tokens.border_px(scale)
        y = tokens.scaled(tokens.PADDING_Y_PX, scale) + tokens.border_px(scale)
        self.layout().setContentsMargins(x, y, x, y)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.FontChange:  # a new text size: new padding
            self._pad()
        super().changeEvent(event)

    def sizeHint(self):  # noqa: ANN201, N802 - Qt override
        hint = self.layout().sizeHint()
        return QSize(max(hint.width(), theme.TARGET_PX), max(hint.height(), theme.TARGET_PX))

    def minimumSizeHint(self):  # noqa: ANN201, N802 - Qt override
        return QSize(theme.TARGET_PX * 2, theme.TARGET_PX)


def wrapping_button(text: str = "", role: str = "", description: str = "") -> WrappingButton:
    return button(text, role, description, kind=WrappingButton)


def choice(text: str, role: str = "", description: str = "") -> ChoiceButton:
    return button(text, role, description, kind=ChoiceButton)


def rename(widget: QWidget, text: str, description: str | None = None) -> None:
    """New text (after a language change) and the matching accessible name."""
    if hasattr(widget, "setText"):
        widget.setText(text)
    widget.setAccessibleName(text.replace("&", ""))
    if description is not None:
        widget.setAccessibleDescription(description)


def heading(text: str = "", level: int = 1) -> QLabel:
    label = WrappedLabel(text)
    theme.set_font_scale(label, theme.HEADING_SCALE[level], bold=True)
    label.setAccessibleName(text)
    label.setProperty("heading", level)
    return label


def body(text: str = "", role: str = "") -> QLabel:
    label = WrappedLabel(text)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    if role:
        theme.set_role(label, role)
    return label


def field_label() -> QLabel:
    """The label above a field: wraps, so a long translation never pushes the screen sideways."""
    return WrappedLabel()


def line_edit(label: QLabel, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    _sized(edit, label.text().replace("&", "").rstrip("：:"))
    edit.setPlaceholderText(placeholder)
    label.setBuddy(edit)
    return edit


def combo(label: QLabel) -> QComboBox:
    box = QComboBox()
    box.setItemDelegate(QStyledItemDelegate(box))  # so the style sheet sizes the list's rows for touch
    _sized(box, label.text().replace("&", "").rstrip("：:"))
    label.setBuddy(box)
    return box


def checkbox(text: str) -> QCheckBox:
    box = QCheckBox(text)
    return _sized(box, text.replace("&", ""))


def slider(label: QLabel, low: int, high: int) -> QSlider:
    s = QSlider(Qt.Horizontal)
    s.setRange(low, high)
    s.setPageStep(max(1, (high - low) // 10))
    _sized(s, label.text().replace("&", "").rstrip("：:"))
    label.setBuddy(s)
    return s


def row(*widgets: QWidget) -> FlowRow:
    """Widgets side by side from the left, wrapping to a new line when the text is large."""
    layout = FlowRow(theme.SPACING_PX)
    for w in widgets:
        layout.addWidget(w)
    return layout


def column(parent: QWidget | None = None) -> QVBoxLayout:
    layout = QVBoxLayout(parent) if parent is not None else QVBoxLayout()
    layout.setSpacing(theme.SPACING_PX)
    layout.setContentsMargins(24, 16, 24, 16)
    return layout


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.HLine)
    line.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
    return line


class Badge(WrappedLabel):
    """A state in words and a symbol, never by colour alone. Words given as a function are said
    again in the new language when the language changes, so no message stays in the last one."""

    def __init__(self) -> None:
        super().__init__(wrap=False)
        self._words: Callable[[], str] | None = None
        self._kind = ""
        self.field: QWidget | None = None  # the field whose accessible description carries the words

    SYMBOLS = {"ok": "✔", "warn": "▲", "error": "✖", "info": "ⓘ"}

    def clear(self) -> None:
        super().clear()
        self._words = None
        self.setAccessibleName("")  # the words go with the text: nothing of them is left for a reader

    def set_state(self, kind: str, text: str | Callable[[], str]) -> None:
        self._words, self._kind = (text, kind) if callable(text) else (None, kind)
        self._show(kind, text() if callable(text) else text)

    def _show(self, kind: str, text: str) -> None:
        shown = f"{self.SYMBOLS.get(kind, '')} {text}".strip()
        if self.field is not None and isValid(self.field) and self.field.accessibleDescription():
            self.field.setAccessibleDescription(text)
        if shown == self.text() and self.accessibleName() == text:
            return  # unchanged: no relayout
        self.setText(shown)
        self.setAccessibleName(text)
        theme.set_role(self, {"ok": "success", "error": "danger", "warn": "danger"}.get(kind, "muted"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.LanguageChange and self._words is not None:
            self._show(self._kind, self._words())
        super().changeEvent(event)


class Chip(Badge):
    """A state as a chip: symbol, word and a tinted, outlined fill (application states); the colour
    is the third sign, never the only one."""

    KINDS = ("ok", "warn", "error", "info", "neutral")

    def _show(self, kind: str, text: str) -> None:
        kind = kind if kind in self.KINDS else "neutral"
        if self.property("chip") != kind:
            self.setProperty("chip", kind)
            theme.repolish(self)  # the style sheet's [chip=...] rule draws it
        super()._show(kind, text)


def show_state(badge: Badge, state: tuple[str, str] | None) -> None:
    """Show (kind, words) on a badge, or hide it when there is nothing to say."""
    if state is None:
        badge.hide()
        return
    badge.set_state(*state)
    badge.show()


def tell_beside(badge: Badge, field: QWidget, text: str | Callable[[], str], announcer: "Announcer") -> None:
    """A problem with what was typed: shown on the badge by the field, carried by the field itself
    (its accessible description, read with it) and announced; the focus goes back to the field.
    Empty text clears it; words given as a function follow a change of language."""
    words = text() if callable(text) else text
    badge.setVisible(bool(words))
    badge.field = field
    field.setAccessibleDescription(words)
    if words:
        badge.set_state("error", text)
        announcer.announce(words, badge)
        field.setFocus()
        QTimer.singleShot(0, lambda: bring_into_view(badge, field))  # once the layout has made room
    else:
        badge.clear()


def bring_into_view(*shown: QWidget) -> None:
    """Scroll the screen so these widgets are seen (the last one wins when they do not all fit)."""
    for widget in shown:
        if not isValid(widget):
            return
        area = widget.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None:
            area.ensureWidgetVisible(widget, 24, 24)


class FocusRing(QWidget):
    """A thick frame drawn around whichever widget has keyboard focus: focus is always visible."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.NoFocus)
        self._target: QWidget | None = None
        self._watched: list[QWidget] = []
        QApplication.instance().focusChanged.connect(self._follow)
        self.hide()

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        for watched in self._watched:
            if isValid(watched):  # a focused widget may have been deleted
                watched.removeEventFilter(self)
        self._target = new if new is not None and new.window() is self.window() and new is not self else None
        self._watched = []
        if self._target is not None:
            # the target and its parents: a message shown above a field moves the field's parent, not the field
            parent = self._target
            while parent is not None and parent is not self.window():
                parent.installEventFilter(self)
                self._watched.append(parent)
                parent = parent.parentWidget()
            bring_into_view(self._target)  # focus moved below the fold: bring it into view
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Move, QEvent.Resize, QEvent.Hide, QEvent.Show):
            self._place()
        return False

    def _place(self) -> None:
        target = self._target
        if target is None or not isValid(target) or not target.isVisible():
            self.hide()
            return
        visible = target.visibleRegion().boundingRect()  # never draw over the bars for a scrolled-away widget
        if visible.isEmpty():
            self.hide()
            return
        pad = theme.FOCUS_RING_PX + 2
        top_left = target.mapTo(self.window(), visible.topLeft())
        self.setGeometry(QRect(top_left.x() - pad, top_left.y() - pad, visible.width() + 2 * pad,
                               visible.height() + 2 * pad))
        self.raise_()
        self.show()

    def paintEvent(self, _event) -> None:  # noqa: ANN001, N802 - Qt override
        tokens = theme.current_theme()
        painter = QPainter(self)
        pen = QPen(QColor(tokens.focus))
        pen.setWidth(theme.FOCUS_RING_PX)
        painter.setPen(pen)
        half = theme.FOCUS_RING_PX // 2
        painter.drawRect(self.rect().adjusted(half, half, -half - 1, -half - 1))


class Announcer(QObject):
    """Status changes ("draft saved", "sync finished") for screen readers and, when on, for speech."""

    announced = Signal(str)

    def announce(self, text: str, widget: QWidget | None = None) -> None:
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        if widget is not None and QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
        self.announced.emit(text)


class Card(QPushButton):
    """A large button whose text wraps (a result, a visit, a service): the whole card is the target.
    Its first line is the title, bold and larger; the other lines are body text."""

    def __init__(self, text: str, accessible: str = "") -> None:
        super().__init__()
        _sized(self, accessible or text.replace("\n", ". "))
        self.setProperty("card", True)  # drawn as a card by the style sheet: surface, outline, no tint
        self.setMinimumWidth(theme.TARGET_PX * 2)
        self.setAutoDefault(False)
        self.title = WrappedLabel()
        theme.set_font_scale(self.title, theme.HEADING_SCALE[3], bold=True)
        self.label = WrappedLabel()
        self.top = QHBoxLayout()  # an icon may stand before the title
        self.top.setSpacing(theme.SPACING_PX)
        self.top.addWidget(self.title, 1)
        for part in (self.title, self.label):
            part.setAttribute(Qt.WA_TransparentForMouseEvents)
            part.setForegroundRole(QPalette.WindowText)  # a card reads as text, not in the button colour
        inner = QVBoxLayout(self)
        inner.setContentsMargins(16, 10, 16, 10)
        inner.addLayout(self.top)
        inner.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Minimum)
        self.chip: Chip | None = None
        self.set_card_text(text, accessible)

    def set_card_text(self, text: str, accessible: str = "") -> None:
        title, _, rest = text.partition("\n")
        self.title.setText(title)
        self.title.setVisible(bool(title))
        self.label.setText(rest)
        self.label.setVisible(bool(rest))
        self.setAccessibleName(accessible or text.replace("\n", ". "))

    def set_icon(self, name: str, factor: float = 1.0) -> None:
        """An icon before the title, in the card's text colour; the title carries the name."""
        from ui.icons import icon_label

        mark = icon_label(name, factor)
        mark.setForegroundRole(QPalette.WindowText)
        self.top.insertWidget(0, mark, 0, Qt.AlignVCenter)

    def card_text(self) -> str:
        return "\n".join(part.text() for part in (self.title, self.label) if part.text())

    def set_chip(self, kind: str, words: str) -> None:
        """A state chip above the card's text (an application's state); it leads the card's name."""
        if self.chip is None:
            self.chip = Chip()
            self.chip.setAttribute(Qt.WA_TransparentForMouseEvents)
            self.layout().insertWidget(0, self.chip, 0, Qt.AlignLeft)
        self.chip.set_state(kind, words)
        self.setAccessibleName(f"{words}. " + self.card_text().replace("\n", ". "))

    def sizeHint(self):  # noqa: ANN201, N802 - Qt override
        # QPushButton sizes itself by its own (empty) text; the card is as big as its label. Height
        # for a width comes from the inner layout, whose answers Qt caches: asking the label
        # directly here laid its text out ~20 times per card on every relayout.
        hint = self.layout().sizeHint()
        return QSize(max(hint.width(), theme.TARGET_PX), max(hint.height(), theme.TARGET_PX))


class ChoiceCard(Card):
    """One of a few exclusive choices as a large card (a radio card): ● before the chosen one's title,
    ○ before the others, and a line saying what choosing it means. Its name is the title alone:
    the checked state is the button's own, read by screen readers with it."""

    MARKS = ("○ ", "● ")

    def __init__(self) -> None:
        super().__init__("")
        self.setCheckable(True)
        self._title, self._explanation = "", ""
        self.toggled.connect(lambda _on: self._mark())

    def set_choice(self, title: str, explanation: str = "") -> None:
        self._title, self._explanation = title, explanation
        self._mark()

    def _mark(self) -> None:
        more = f"\n{self._explanation}" if self._explanation else ""
        self.set_card_text(self.MARKS[self.isChecked()] + self._title + more, accessible=self._title)
        self.setAccessibleDescription(self._explanation)
