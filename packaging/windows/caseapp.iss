; Inno Setup 6 script: a per-user CaseApp install, no administrator rights needed.
; Build the one-folder app first (python packaging\build.py on Windows), then:
;   iscc /DAppVersion=0.1.0 packaging\windows\caseapp.iss
; Output: dist\CaseApp-<version>-setup.exe. Signing: see packaging\windows\README.md.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "CaseApp"
#define AppExe "caseapp.exe"
#define SourceDir "..\..\dist\CaseApp"

[Setup]
; Never change AppId: it is how upgrades and the uninstaller find an existing install.
AppId={{6E0B7A51-3C2F-4D8E-9B44-1F5A2C7D9E30}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CaseApp
VersionInfoVersion={#AppVersion}
; Per-user: installs into %LOCALAPPDATA%\Programs\CaseApp, Start menu entry for this user only.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile=..\..\resources\icons\caseapp.ico
OutputDir=..\..\dist
OutputBaseFilename=CaseApp-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
CloseApplications=yes
; Code signing (set up once per build machine, see README.md):
;   iscc /Ssigntool="signtool.exe sign /fd SHA256 /tr http://timestamp.example /td SHA256 $f" ...
#ifdef SignTool
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#ifexist "compiler:Languages\Korean.isl"
Name: "ko"; MessagesFile: "compiler:Languages\Korean.isl"
#endif

[CustomMessages]
en.DeleteDataQuestion=Also delete ALL CaseApp case data on this computer?%n%n%1%n%nChoose No to keep the data (for a later reinstall or to move it to a new laptop). Deleted data cannot be recovered except from a backup.
ko.DeleteDataQuestion=이 컴퓨터의 CaseApp 사건 데이터도 모두 삭제할까요?%n%n%1%n%n데이터를 남기려면 '아니요'를 누르세요(다시 설치하거나 새 노트북으로 옮길 때 필요합니다). 삭제한 데이터는 백업 없이는 되돌릴 수 없습니다.
en.DesktopIcon=Create a desktop shortcut
ko.DesktopIcon=바탕 화면 바로 가기 만들기

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program folder whole, so no file of an older build lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ Case data lives outside the program folder, in %LOCALAPPDATA%\CaseApp (platformdirs'
  user data directory); backups default to Documents\CaseApp backups and are never touched.
  The uninstaller asks; a silent uninstall always keeps the data. }
function DataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\CaseApp');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataDir()) and not UninstallSilent() then
  begin
    if SuppressibleMsgBox(FmtMessage(CustomMessage('DeleteDataQuestion'), [DataDir()]),
                          mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES then
      DelTree(DataDir(), True, True, True);
  end;
end;
