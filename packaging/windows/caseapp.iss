; Inno Setup 6 script: a per-user CaseApp install, no administrator rights needed.
; Build the one-folder app first (python packaging\build.py on Windows), then:
;   iscc /DAppVersion=0.1.0 packaging\windows\caseapp.iss
; Output: dist\CaseApp-<version>-setup.exe. The workflow .github\workflows\desktop-builds.yml
; does both and tests the installer. Signing: see docs\install.md (section 9).
;
; Command line of the installer and the uninstaller (for IT staff):
;   CaseApp-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES      silent per-user install
;   "%LOCALAPPDATA%\Programs\CaseApp\unins000.exe" /VERYSILENT  removes the program, keeps data
;   ... unins000.exe /VERYSILENT /DELETEDATA                    also deletes this user's data

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "CaseApp"
#define AppExe "caseapp.exe"
#define SourceDir "..\..\dist\CaseApp"
; Inno Setup 6.1+ ships Korean among its official translations; older compilers get English.
#define KoreanMessages AddBackslash(CompilerPath) + "Languages\Korean.isl"

[Setup]
; Never change AppId: it is how upgrades and the uninstaller find an existing install.
AppId={{6E0B7A51-3C2F-4D8E-9B44-1F5A2C7D9E30}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CaseApp
VersionInfoVersion={#AppVersion}
; Per-user only: no UAC prompt, installs into %LOCALAPPDATA%\Programs\CaseApp ({userpf}),
; Start menu entry for this user. Case data is per user anyway (%LOCALAPPDATA%\CaseApp).
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
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
; Code signing: define SignTool on the iscc command line after registering a sign tool named
; "signtool" (iscc /Ssigntool="signtool.exe sign /fd SHA256 /tr <url> /td SHA256 /f <pfx> /p <pw> $f").
#ifdef SignTool
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#if FileExists(KoreanMessages)
Name: "ko"; MessagesFile: "compiler:Languages\Korean.isl"
#endif

[CustomMessages]
en.DeleteDataQuestion=Also delete ALL CaseApp case data of this Windows user?%n%n%1%n%nChoose No to keep the data (for a later reinstall or to move it to a new laptop). Deleted data cannot be recovered except from a backup.
en.DesktopIcon=Create a desktop shortcut
#if FileExists(KoreanMessages)
ko.DeleteDataQuestion=이 Windows 사용자의 CaseApp 사건 데이터도 모두 삭제할까요?%n%n%1%n%n데이터를 남기려면 '아니요'를 누르세요(다시 설치하거나 새 노트북으로 옮길 때 필요합니다). 삭제한 데이터는 백업 없이는 되돌릴 수 없습니다.
ko.DesktopIcon=바탕 화면 바로 가기 만들기
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program folder whole, so no file of an older build lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ Case data lives outside the program folder, in %LOCALAPPDATA%\CaseApp (platformdirs' user
  data folder, see caseapp\paths.py), with the unlock throttle and the last-seen audit head in
  %LOCALAPPDATA%\CaseApp-unlock-state. Backups (Documents\CaseApp backups) are never touched.
  The uninstaller keeps the data unless asked: an interactive uninstall asks (default No); a
  silent one deletes only with /DELETEDATA. }
function DataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\CaseApp');
end;

function StateDir(): String;
begin
  Result := ExpandConstant('{localappdata}\CaseApp-unlock-state');
end;

function DeleteDataRequested(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/DELETEDATA') = 0 then
      Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Delete: Boolean;
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataDir()) then
  begin
    if UninstallSilent() then
      Delete := DeleteDataRequested()
    else
      Delete := SuppressibleMsgBox(FmtMessage(CustomMessage('DeleteDataQuestion'), [DataDir()]),
                                   mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES;
    if Delete then
    begin
      DelTree(DataDir(), True, True, True);
      DelTree(StateDir(), True, True, True);
    end;
  end;
end;
