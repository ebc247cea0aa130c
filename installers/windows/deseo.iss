; DESEO Cluster Designer: the Windows installer (Inno Setup 6.3 or later).
;
; Build it through installers/windows/build.py, never by hand: that script passes the version,
; the names and the file type from installers/common.py (the one source of them) as defines:
;   python installers/windows/build.py          prints the ISCC command
;   python installers/windows/build.py --run    runs it (on Windows, after `make dist`)
; The installer lands in dist\ beside the one-folder build it packs (dist\deseo\).
;
; What it does, for one person and without administrator rights:
; - installs into %LOCALAPPDATA%\Programs\DESEO Cluster Designer ({autopf} in a per-user install);
; - a Start menu shortcut to deseo-gui.exe (the windowed program), a desktop one if asked;
; - registers .deseo files to deseo-gui.exe for this user only (HKCU\Software\Classes);
; - the uninstaller removes all of that, and asks before deleting the person's designs and
;   backups (%LOCALAPPDATA%\DESEO Cluster Designer, kept unless they say Yes; a silent
;   uninstall always keeps them).
;
; The command line: deseo.exe (the console program: `deseo --version`, `deseo demo`, ...) sits in
; the same folder as deseo-gui.exe. Nothing changes PATH unless the person ticks the optional
; task below; otherwise they can add the folder to their own PATH (Settings > System > About >
; Advanced system settings > Environment Variables, "User variables", Path > Edit > New), or run
; it by its full path: "%LOCALAPPDATA%\Programs\DESEO Cluster Designer\deseo.exe" --version
;
; Signing (optional): see `python installers/windows/build.py --help`. With /DSignToolName=NAME
; and /SNAME=... on the ISCC command line the uninstaller is signed as well.
;
; This file is UTF-8 with a byte order mark: Inno Setup needs the mark to read the accented
; custom messages at the end as Unicode.

#if VER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or later is needed (ArchitecturesAllowed=x64compatible)
#endif
#ifndef AppVersion
  #error AppVersion is not defined: build with installers/windows/build.py (ISCC /DAppVersion=...)
#endif
#ifndef AppName
  #error AppName is not defined: build with installers/windows/build.py
#endif
#ifndef AppPublisher
  #error AppPublisher is not defined: build with installers/windows/build.py
#endif
#ifndef AppExtension
  #error AppExtension is not defined: build with installers/windows/build.py
#endif
#ifndef AppMimeType
  #error AppMimeType is not defined: build with installers/windows/build.py
#endif
#ifndef AppDataFolder
  #error AppDataFolder is not defined: build with installers/windows/build.py
#endif

; The ProgID the .deseo extension points to.
#define ProgId "DESEO.Design"
; The licence shown before installing, when the repository has one.
#define LicensePath SourcePath + "..\..\LICENSE"

[Setup]
; Fixed forever: upgrades and the uninstaller find the installed copy by this id.
AppId={{53FAEB60-B5DD-43F1-984D-0CD7863495C9}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
; Per user, no administrator: {autopf} is %LOCALAPPDATA%\Programs when PrivilegesRequired=lowest.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 1809 and later.
MinVersion=10.0.17763
ChangesAssociations=yes
ChangesEnvironment=yes
CloseApplications=yes
SetupIconFile=deseo.ico
UninstallDisplayIcon={app}\deseo.ico
UninstallDisplayName={#AppName}
#if FileExists(LicensePath)
LicenseFile={#LicensePath}
#endif
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
WizardStyle=modern
ShowLanguageDialog=yes
Compression=lzma2/max
SolidCompression=yes
#ifdef SignToolName
SignTool={#SignToolName}
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "sv"; MessagesFile: "Swedish.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "{cm:AddToPath}"; GroupDescription: "{cm:CommandLine}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundled libraries as a whole: nothing of an older build lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The one-folder build: deseo.exe, deseo-gui.exe and _internal\.
Source: "..\..\dist\deseo\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "deseo.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\deseo-gui.exe"; IconFilename: "{app}\deseo.ico"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\deseo-gui.exe"; IconFilename: "{app}\deseo.ico"; Tasks: desktopicon

[Registry]
; .deseo files open in the app, for this user only; the uninstaller takes it all away again.
Root: HKCU; Subkey: "Software\Classes\{#AppExtension}"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKCU; Subkey: "Software\Classes\{#AppExtension}"; ValueType: string; ValueName: "Content Type"; ValueData: "{#AppMimeType}"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKCU; Subkey: "Software\Classes\{#AppExtension}\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:DesignFileType}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\deseo.ico"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\deseo-gui.exe"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\Applications\deseo-gui.exe"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Applications\deseo-gui.exe\SupportedTypes"; ValueType: string; ValueName: "{#AppExtension}"; ValueData: ""

[Run]
Filename: "{app}\deseo-gui.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[CustomMessages]
en.DesignFileType=DESEO design
it.DesignFileType=Progetto DESEO
fr.DesignFileType=Projet DESEO
sv.DesignFileType=DESEO-klusterdesign
es.DesignFileType=Diseño de DESEO
en.CommandLine=Command line:
it.CommandLine=Riga di comando:
fr.CommandLine=Ligne de commande :
sv.CommandLine=Kommandorad:
es.CommandLine=Línea de comandos:
en.AddToPath=Add the program folder to my PATH, to run deseo from a command prompt
it.AddToPath=Aggiungi la cartella del programma al mio PATH, per usare deseo dal prompt dei comandi
fr.AddToPath=Ajouter le dossier du programme à mon PATH, pour lancer deseo depuis une invite de commandes
sv.AddToPath=Lägg till programmappen i min PATH, så att deseo kan köras från en kommandotolk
es.AddToPath=Añadir la carpeta del programa a mi PATH, para ejecutar deseo desde un símbolo del sistema
en.DeleteUserData=Do you also want to delete your designs and their backups?%n%nThey are in:%n%1%n%nChoose No to keep them: if you install %2 again, it finds them where you left them.
it.DeleteUserData=Vuole eliminare anche i Suoi progetti e le relative copie di sicurezza?%n%nSi trovano in:%n%1%n%nScelga No per conservarli: se installa di nuovo %2, li ritroverà dove li ha lasciati.
fr.DeleteUserData=Voulez-vous aussi supprimer vos projets et leurs sauvegardes ?%n%nIls se trouvent dans :%n%1%n%nChoisissez Non pour les conserver : si vous réinstallez %2, vous les retrouverez là où vous les avez laissés.
sv.DeleteUserData=Vill du också ta bort dina klusterdesigner och deras säkerhetskopior?%n%nDe finns i:%n%1%n%nVälj Nej för att behålla dem: om du installerar %2 igen hittar programmet dem där du lämnade dem.
es.DeleteUserData=¿Desea eliminar también sus diseños y sus copias de seguridad?%n%nSe encuentran en:%n%1%n%nElija No para conservarlos: si vuelve a instalar %2, los encontrará donde los dejó.

[Code]
var
  DeleteUserData: Boolean;

{ Where the app keeps the person's designs, backups and logs (deseo_desktop/store/paths.py). }
function UserDataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\{#AppDataFolder}');
end;

function PathHasFolder(const Paths, Folder: String): Boolean;
begin
  Result := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Paths) + ';') > 0;
end;

{ The optional task: the program folder at the end of this user's PATH (HKCU\Environment). }
procedure AddToUserPath(const Folder: String);
var
  Paths: String;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Paths) then
    Paths := '';
  if PathHasFolder(Paths, Folder) then
    Exit;
  if (Paths <> '') and (Copy(Paths, Length(Paths), 1) <> ';') then
    Paths := Paths + ';';
  RegWriteExpandStringValue(HKCU, 'Environment', 'Path', Paths + Folder);
end;

{ On uninstall: the program folder out of this user's PATH again, every other entry kept. }
procedure RemoveFromUserPath(const Folder: String);
var
  Paths, Rest, Part, Kept: String;
  Cut: Integer;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Paths) then
    Exit;
  if not PathHasFolder(Paths, Folder) then
    Exit;
  Rest := Paths;
  Kept := '';
  while Rest <> '' do
  begin
    Cut := Pos(';', Rest);
    if Cut = 0 then
    begin
      Part := Rest;
      Rest := '';
    end
    else
    begin
      Part := Copy(Rest, 1, Cut - 1);
      Rest := Copy(Rest, Cut + 1, Length(Rest));
    end;
    if (Part <> '') and (CompareText(Part, Folder) <> 0) then
    begin
      if Kept <> '' then
        Kept := Kept + ';';
      Kept := Kept + Part;
    end;
  end;
  if Kept = '' then
    RegDeleteValue(HKCU, 'Environment', 'Path')
  else
    RegWriteExpandStringValue(HKCU, 'Environment', 'Path', Kept);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if (CurStep = ssPostInstall) and WizardIsTaskSelected('addtopath') then
    AddToUserPath(ExpandConstant('{app}'));
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usUninstall then
  begin
    { The designs stay unless the person says Yes; No is the default answer, and a silent
      uninstall (or /SUPPRESSMSGBOXES) never deletes them. }
    DeleteUserData := False;
    if (not UninstallSilent) and DirExists(UserDataFolder()) then
      DeleteUserData := SuppressibleMsgBox(
        FmtMessage(CustomMessage('DeleteUserData'), [UserDataFolder(), '{#AppName}']),
        mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES;
  end
  else if CurUninstallStep = usPostUninstall then
  begin
    RemoveFromUserPath(ExpandConstant('{app}'));
    if DeleteUserData then
    begin
      DelTree(UserDataFolder(), True, True, True);
      { The app's settings (QSettings: organisation "DESEO", application "{#AppName}"). }
      RegDeleteKeyIncludingSubkeys(HKCU, 'Software\DESEO\{#AppName}');
      RegDeleteKeyIfEmpty(HKCU, 'Software\DESEO');
    end;
  end;
end;
