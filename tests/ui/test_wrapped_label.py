"""The heights a WrappedLabel keeps follow every change that alters them."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from ui.wrapped import WrappedLabel

LONG = "社會福利申請需要您的同意與簽名，" * 6


def test_a_wrapped_label_answers_like_qlabel_before_and_after_every_change(qapp):
    mine, plain = WrappedLabel("短"), QLabel("短")
    plain.setWordWrap(True)

    def same_heights() -> None:
        for width in (120, 300, 600, 300, 120):  # asked twice: the second answer comes from the cache
            assert mine.heightForWidth(width) == plain.heightForWidth(width)

    same_heights()
    for label in (mine, plain):
        label.setText(LONG)
    same_heights()
    big = QFont(mine.font())
    big.setPointSize(big.pointSize() * 2)
    for label in (mine, plain):
        label.setFont(big)
    same_heights()
    for label in (mine, plain):
        label.setContentsMargins(20, 20, 20, 20)
    same_heights()
    mine.clear()
    plain.clear()
    same_heights()
