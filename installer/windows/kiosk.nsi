; Kiosk Windows installer (NSIS). Build from a PyInstaller bundle folder:
;   makensis -DVERSION=0.1.0 -DBUNDLE=build\dist\kiosk -DOUTFILE=build\kiosk-setup.exe installer\windows\kiosk.nsi
; Start-menu entries, an optional auto-start in self-service kiosk mode, and an uninstaller that
; keeps the officer's encrypted data unless the user ticks "also delete data".
Unicode true
!include "MUI2.nsh"
!include "Sections.nsh"

!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef BUNDLE
  !define BUNDLE "..\..\build\dist\kiosk"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\build\kiosk-setup-${VERSION}.exe"
!endif

Name "Kiosk ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\Kiosk"
InstallDirRegKey HKLM "Software\TW-eService\Kiosk" "InstallDir"
RequestExecutionLevel admin
SetCompressor /SOLID lzma

!define MUI_ICON "..\kiosk.ico"
!define MUI_UNICON "..\kiosk.ico"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "TradChinese"
!insertmacro MUI_LANGUAGE "English"

Section "Kiosk" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*.*"
  File "..\kiosk.ico"
  WriteRegStr HKLM "Software\TW-eService\Kiosk" "InstallDir" "$INSTDIR"
  CreateDirectory "$SMPROGRAMS\Kiosk"
  CreateShortcut "$SMPROGRAMS\Kiosk\Kiosk.lnk" "$INSTDIR\kiosk.exe" "" "$INSTDIR\kiosk.ico"
  CreateShortcut "$SMPROGRAMS\Kiosk\Kiosk self-test.lnk" "$INSTDIR\kiosk.exe" "--self-test" "$INSTDIR\kiosk.ico"
  CreateShortcut "$SMPROGRAMS\Kiosk\Uninstall Kiosk.lnk" "$INSTDIR\uninstall.exe"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\Kiosk" "DisplayName" "Kiosk ${VERSION}"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\Kiosk" "UninstallString" "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\Kiosk" "DisplayIcon" "$INSTDIR\kiosk.ico"
SectionEnd

Section /o "Start in self-service kiosk mode at login" SecAutostart
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Run" "Kiosk" '"$INSTDIR\kiosk.exe" --mode kiosk'
SectionEnd

Section "un.Kiosk" UnSecApp
  SectionIn RO
  DeleteRegValue HKLM "Software\Microsoft\Windows\CurrentVersion\Run" "Kiosk"
  DeleteRegKey HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\Kiosk"
  DeleteRegKey HKLM "Software\TW-eService\Kiosk"
  RMDir /r "$SMPROGRAMS\Kiosk"
  RMDir /r "$INSTDIR"
SectionEnd

; Off by default: the encrypted household store and unsent applications stay unless asked.
Section /o "un.Also delete this computer's Kiosk data (unsent applications are lost)" UnSecData
  SetShellVarContext all
  RMDir /r "$APPDATA\TW-eService\Kiosk"
  SetShellVarContext current
  RMDir /r "$LOCALAPPDATA\TW-eService\Kiosk"
SectionEnd
