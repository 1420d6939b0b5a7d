; Tandem's per-user Windows installer (no administrator rights), built by makensis from ./dev check_windows.
; makensis -DVERSION=x.y.z -DSTAGE=<folder with tandem.exe> -DICON=<icon.ico> -DOUTFILE=<Tandem-setup-x.y.z.exe> tandem.nsi
; A 64-bit installer for the 64-bit program (it also runs under a 64-bit-only Wine).
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user

!include "MUI2.nsh"
!include "LogicLib.nsh"

!ifndef VERSION
  !error "pass -DVERSION=x.y.z"
!endif

Name "Tandem"
OutFile "${OUTFILE}"
; Under the user's own profile: %LOCALAPPDATA%\Programs\Tandem, writable without admin rights.
InstallDir "$LOCALAPPDATA\Programs\Tandem"
InstallDirRegKey HKCU "Software\Tandem" "InstallDir"
BrandingText "Tandem ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "Tandem"
VIAddVersionKey /LANG=0 "FileDescription" "Tandem installer"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "EUPL-1.2"

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Tandem"
!define WEBVIEW2_GUID "{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\tandem.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "English"

LangString NoWebView2 ${LANG_ENGLISH} "Tandem needs the Microsoft Edge WebView2 Runtime, which is not on this computer.$\r$\n$\r$\nWindows 10 and 11 normally have it. Ask your IT department to install it, or install it yourself from Microsoft: search for $\"WebView2 Runtime$\" and choose the $\"Evergreen Bootstrapper$\" (it needs no administrator rights).$\r$\n$\r$\nTandem is installed now; it will open once WebView2 is there."
LangString NoWebView2 ${LANG_DUTCH} "Tandem heeft de Microsoft Edge WebView2 Runtime nodig, en die staat niet op deze computer.$\r$\n$\r$\nWindows 10 en 11 hebben die normaal al. Vraag uw IT-dienst om hem te installeren, of installeer hem zelf bij Microsoft: zoek $\"WebView2 Runtime$\" en kies de $\"Evergreen Bootstrapper$\" (daarvoor zijn geen beheerdersrechten nodig).$\r$\n$\r$\nTandem is nu geïnstalleerd; het opent zodra WebView2 er is."
LangString NoWebView2 ${LANG_FRENCH} "Tandem a besoin du Microsoft Edge WebView2 Runtime, absent de cet ordinateur.$\r$\n$\r$\nWindows 10 et 11 l'ont normalement. Demandez à votre service informatique de l'installer, ou installez-le vous-même depuis Microsoft : cherchez $\"WebView2 Runtime$\" et choisissez l'$\"Evergreen Bootstrapper$\" (sans droits d'administrateur).$\r$\n$\r$\nTandem est installé ; il s'ouvrira dès que WebView2 sera là."
LangString NoWebView2 ${LANG_GERMAN} "Tandem braucht die Microsoft Edge WebView2 Runtime, die auf diesem Computer fehlt.$\r$\n$\r$\nWindows 10 und 11 haben sie normalerweise. Bitten Sie Ihre IT-Abteilung, sie zu installieren, oder installieren Sie sie selbst bei Microsoft: suchen Sie $\"WebView2 Runtime$\" und wählen Sie den $\"Evergreen Bootstrapper$\" (ohne Administratorrechte).$\r$\n$\r$\nTandem ist jetzt installiert; es öffnet sich, sobald WebView2 da ist."
LangString DataKept ${LANG_ENGLISH} "Your vault (%APPDATA%\Tandem) and your documents are kept: uninstalling removes only the program."
LangString DataKept ${LANG_DUTCH} "Uw kluis (%APPDATA%\Tandem) en uw documenten blijven bewaard: alleen het programma wordt verwijderd."
LangString DataKept ${LANG_FRENCH} "Votre coffre (%APPDATA%\Tandem) et vos documents sont conservés : seul le programme est supprimé."
LangString DataKept ${LANG_GERMAN} "Ihr Tresor (%APPDATA%\Tandem) und Ihre Dokumente bleiben erhalten: nur das Programm wird entfernt."

Function .onInit
  SetShellVarContext current
FunctionEnd

; WebView2 is installed per machine (HKLM, 32- or 64-bit view) or per user (HKCU); "pv" is its version.
Function CheckWebView2
  StrCpy $0 ""
  SetRegView 64
  ReadRegStr $0 HKLM "SOFTWARE\WOW6432Node\Microsoft\EdgeUpdate\Clients\${WEBVIEW2_GUID}" "pv"
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    ReadRegStr $0 HKLM "SOFTWARE\Microsoft\EdgeUpdate\Clients\${WEBVIEW2_GUID}" "pv"
  ${EndIf}
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    ReadRegStr $0 HKCU "Software\Microsoft\EdgeUpdate\Clients\${WEBVIEW2_GUID}" "pv"
  ${EndIf}
  SetRegView lastused
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    DetailPrint "WebView2 Runtime: missing"
    MessageBox MB_OK|MB_ICONEXCLAMATION "$(NoWebView2)" /SD IDOK
  ${Else}
    DetailPrint "WebView2 Runtime: $0"
  ${EndIf}
FunctionEnd

Section "Tandem" SecMain
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File "${STAGE}\tandem.exe"
  File "${STAGE}\WebView2Loader.dll"
  File "${STAGE}\README.txt"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\Tandem.lnk" "$INSTDIR\tandem.exe" "" "$INSTDIR\tandem.exe" 0
  WriteRegStr HKCU "Software\Tandem" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "Tandem"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Tandem"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\tandem.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" "$\"$INSTDIR\uninstall.exe$\""
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" "$\"$INSTDIR\uninstall.exe$\" /S"
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  Call CheckWebView2
SectionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\Tandem.lnk"
  Delete "$INSTDIR\tandem.exe"
  Delete "$INSTDIR\WebView2Loader.dll"
  Delete "$INSTDIR\README.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\Tandem"
  DetailPrint "$(DataKept)"
SectionEnd
