; *** Inno Setup version 6.1.0+ Swedish messages, for DESEO Cluster Designer ***
;
; Inno Setup ships no Swedish messages file, so the installer keeps its own. Written for this
; project from the keys of Inno Setup 6.1.0's Default.isl (jrsoftware/issrc, Files/Default.isl),
; addressing the reader as "du" like the application does.
; tests/installers/inno_default_keys.txt holds that key list: the tests check that this file has
; exactly those keys, with the same %1..%4 arguments, [name] constants and & access keys.
;
; Saved as UTF-8 with a byte order mark, which Inno Setup 6 needs to read it as Unicode.
;
; Note: as in Default.isl, messages without a full stop at the end get none here either: Inno
; Setup adds it where it is needed.

[LangOptions]
LanguageName=Svenska
LanguageID=$041D
LanguageCodePage=1252

[Messages]

; *** Application titles
SetupAppTitle=Installation
SetupWindowTitle=Installation - %1
UninstallAppTitle=Avinstallation
UninstallAppFullTitle=Avinstallation av %1

; *** Misc. common
InformationTitle=Information
ConfirmTitle=Bekräfta
ErrorTitle=Fel

; *** SetupLdr messages
SetupLdrStartupMessage=%1 kommer att installeras. Vill du fortsätta?
LdrCannotCreateTemp=Det gick inte att skapa en tillfällig fil. Installationen avbröts
LdrCannotExecTemp=Det gick inte att köra en fil i den tillfälliga mappen. Installationen avbröts
HelpTextNote=

; *** Startup error messages
LastErrorMessage=%1.%n%nFel %2: %3
SetupFileMissing=Filen %1 saknas i installationsmappen. Åtgärda problemet eller skaffa en ny kopia av programmet.
SetupFileCorrupt=Installationsfilerna är skadade. Skaffa en ny kopia av programmet.
SetupFileCorruptOrWrongVer=Installationsfilerna är skadade eller passar inte ihop med den här versionen av installationsprogrammet. Åtgärda problemet eller skaffa en ny kopia av programmet.
InvalidParameter=En ogiltig parameter angavs på kommandoraden:%n%n%1
SetupAlreadyRunning=Installationsprogrammet körs redan.
WindowsVersionNotSupported=Programmet stöder inte den version av Windows som finns på din dator.
WindowsServicePackRequired=Programmet kräver %1 Service Pack %2 eller senare.
NotOnThisPlatform=Programmet kan inte köras på %1.
OnlyOnThisPlatform=Programmet måste köras på %1.
OnlyOnTheseArchitectures=Programmet kan bara installeras på versioner av Windows som är gjorda för följande processorarkitekturer:%n%n%1
WinVersionTooLowError=Programmet kräver %1 version %2 eller senare.
WinVersionTooHighError=Programmet kan inte installeras på %1 version %2 eller senare.
AdminPrivilegesRequired=Du måste vara inloggad som administratör för att installera programmet.
PowerUserPrivilegesRequired=Du måste vara inloggad som administratör eller som medlem i gruppen Privilegierade användare för att installera programmet.
SetupAppRunningError=Installationsprogrammet har upptäckt att %1 körs.%n%nStäng alla instanser av programmet och klicka sedan på OK för att fortsätta, eller på Avbryt för att avsluta.
UninstallAppRunningError=Avinstallationsprogrammet har upptäckt att %1 körs.%n%nStäng alla instanser av programmet och klicka sedan på OK för att fortsätta, eller på Avbryt för att avsluta.

; *** Startup questions
PrivilegesRequiredOverrideTitle=Välj installationsläge
PrivilegesRequiredOverrideInstruction=Välj installationsläge
PrivilegesRequiredOverrideText1=%1 kan installeras för alla användare (kräver administratörsbehörighet) eller bara för dig.
PrivilegesRequiredOverrideText2=%1 kan installeras bara för dig eller för alla användare (kräver administratörsbehörighet).
PrivilegesRequiredOverrideAllUsers=Installera för &alla användare
PrivilegesRequiredOverrideAllUsersRecommended=Installera för &alla användare (rekommenderas)
PrivilegesRequiredOverrideCurrentUser=Installera bara för &mig
PrivilegesRequiredOverrideCurrentUserRecommended=Installera bara för &mig (rekommenderas)

; *** Misc. errors
ErrorCreatingDir=Installationsprogrammet kunde inte skapa mappen "%1"
ErrorTooManyFilesInDir=Det gick inte att skapa en fil i mappen "%1" eftersom den innehåller för många filer

; *** Setup common messages
ExitSetupTitle=Avsluta installationen
ExitSetupMessage=Installationen är inte klar. Om du avslutar nu blir programmet inte installerat.%n%nDu kan köra installationsprogrammet igen senare för att slutföra installationen.%n%nVill du avsluta installationen?
AboutSetupMenuItem=&Om installationsprogrammet...
AboutSetupTitle=Om installationsprogrammet
AboutSetupMessage=%1 version %2%n%3%n%nWebbplats för %1:%n%4
AboutSetupNote=
TranslatorNote=

; *** Buttons
ButtonBack=< &Tillbaka
ButtonNext=&Nästa >
ButtonInstall=&Installera
ButtonOK=OK
ButtonCancel=Avbryt
ButtonYes=&Ja
ButtonYesToAll=Ja till &alla
ButtonNo=&Nej
ButtonNoToAll=N&ej till alla
ButtonFinish=&Slutför
ButtonBrowse=&Bläddra...
ButtonWizardBrowse=B&läddra...
ButtonNewFolder=&Skapa ny mapp

; *** "Select Language" dialog messages
SelectLanguageTitle=Välj språk för installationen
SelectLanguageLabel=Välj vilket språk som ska användas under installationen.

; *** Common wizard text
ClickNext=Klicka på Nästa för att fortsätta eller på Avbryt för att avsluta installationen.
BeveledLabel=
BrowseDialogTitle=Bläddra efter mapp
BrowseDialogLabel=Välj en mapp i listan nedan och klicka sedan på OK.
NewFolderName=Ny mapp

; *** "Welcome" wizard page
WelcomeLabel1=Välkommen till installationsguiden för [name]
WelcomeLabel2=Guiden installerar [name/ver] på din dator.%n%nDu bör stänga alla andra program innan du fortsätter.

; *** "Password" wizard page
WizardPassword=Lösenord
PasswordLabel1=Installationen är skyddad med lösenord.
PasswordLabel3=Ange lösenordet och klicka sedan på Nästa för att fortsätta. Lösenordet skiljer på stora och små bokstäver.
PasswordEditLabel=&Lösenord:
IncorrectPassword=Lösenordet du angav är fel. Försök igen.

; *** "License Agreement" wizard page
WizardLicense=Licensavtal
LicenseLabel=Läs följande viktiga information innan du fortsätter.
LicenseLabel3=Läs följande licensavtal. Du måste godkänna villkoren i avtalet innan installationen kan fortsätta.
LicenseAccepted=Jag &godkänner avtalet
LicenseNotAccepted=Jag godkänner &inte avtalet

; *** "Information" wizard pages
WizardInfoBefore=Information
InfoBeforeLabel=Läs följande viktiga information innan du fortsätter.
InfoBeforeClickLabel=Klicka på Nästa när du är redo att fortsätta installationen.
WizardInfoAfter=Information
InfoAfterLabel=Läs följande viktiga information innan du fortsätter.
InfoAfterClickLabel=Klicka på Nästa när du är redo att fortsätta installationen.

; *** "User Information" wizard page
WizardUserInfo=Användarinformation
UserInfoDesc=Ange dina uppgifter.
UserInfoName=&Användarnamn:
UserInfoOrg=&Organisation:
UserInfoSerial=&Serienummer:
UserInfoNameRequired=Du måste ange ett namn.

; *** "Select Destination Location" wizard page
WizardSelectDir=Välj installationsplats
SelectDirDesc=Var ska [name] installeras?
SelectDirLabel3=Installationsprogrammet installerar [name] i följande mapp.
SelectDirBrowseLabel=Klicka på Nästa för att fortsätta. Klicka på Bläddra om du vill välja en annan mapp.
DiskSpaceGBLabel=Minst [gb] GB ledigt diskutrymme krävs.
DiskSpaceMBLabel=Minst [mb] MB ledigt diskutrymme krävs.
CannotInstallToNetworkDrive=Installationsprogrammet kan inte installera på en nätverksenhet.
CannotInstallToUNCPath=Installationsprogrammet kan inte installera på en UNC-sökväg.
InvalidPath=Du måste ange en fullständig sökväg med enhetsbeteckning, till exempel:%n%nC:\APP%n%neller en UNC-sökväg i formen:%n%n\\server\resurs
InvalidDrive=Enheten eller UNC-resursen du valde finns inte eller går inte att nå. Välj en annan.
DiskSpaceWarningTitle=Inte tillräckligt med diskutrymme
DiskSpaceWarning=Installationen kräver minst %1 kB ledigt utrymme, men den valda enheten har bara %2 kB ledigt.%n%nVill du fortsätta ändå?
DirNameTooLong=Mappnamnet eller sökvägen är för lång.
InvalidDirName=Mappnamnet är ogiltigt.
BadDirName32=Mappnamn får inte innehålla något av följande tecken:%n%n%1
DirExistsTitle=Mappen finns redan
DirExists=Mappen:%n%n%1%n%nfinns redan. Vill du installera i den mappen ändå?
DirDoesntExistTitle=Mappen finns inte
DirDoesntExist=Mappen:%n%n%1%n%nfinns inte. Vill du att mappen skapas?

; *** "Select Components" wizard page
WizardSelectComponents=Välj komponenter
SelectComponentsDesc=Vilka komponenter ska installeras?
SelectComponentsLabel2=Markera de komponenter du vill installera och avmarkera dem du inte vill installera. Klicka på Nästa när du är redo att fortsätta.
FullInstallation=Fullständig installation
; if possible don't translate 'Compact' as 'Minimal' (I mean 'Minimal' in your language)
CompactInstallation=Kompakt installation
CustomInstallation=Anpassad installation
NoUninstallWarningTitle=Komponenterna finns redan
NoUninstallWarning=Installationsprogrammet har upptäckt att följande komponenter redan är installerade på din dator:%n%n%1%n%nDe avinstalleras inte om du avmarkerar dem.%n%nVill du fortsätta ändå?
ComponentSize1=%1 kB
ComponentSize2=%1 MB
ComponentsDiskSpaceGBLabel=Det du har valt kräver minst [gb] GB diskutrymme.
ComponentsDiskSpaceMBLabel=Det du har valt kräver minst [mb] MB diskutrymme.

; *** "Select Additional Tasks" wizard page
WizardSelectTasks=Välj ytterligare uppgifter
SelectTasksDesc=Vilka ytterligare uppgifter ska utföras?
SelectTasksLabel2=Välj de ytterligare uppgifter som installationsprogrammet ska utföra när [name] installeras och klicka sedan på Nästa.

; *** "Select Start Menu Folder" wizard page
WizardSelectProgramGroup=Välj mapp på Start-menyn
SelectStartMenuFolderDesc=Var ska installationsprogrammet placera programmets genvägar?
SelectStartMenuFolderLabel3=Installationsprogrammet skapar programmets genvägar i följande mapp på Start-menyn.
SelectStartMenuFolderBrowseLabel=Klicka på Nästa för att fortsätta. Klicka på Bläddra om du vill välja en annan mapp.
MustEnterGroupName=Du måste ange ett mappnamn.
GroupNameTooLong=Mappnamnet eller sökvägen är för lång.
InvalidGroupName=Mappnamnet är ogiltigt.
BadGroupName=Mappnamnet får inte innehålla något av följande tecken:%n%n%1
NoProgramGroupCheck2=&Skapa ingen mapp på Start-menyn

; *** "Ready to Install" wizard page
WizardReady=Klart att installera
ReadyLabel1=Installationsprogrammet är nu redo att installera [name] på din dator.
ReadyLabel2a=Klicka på Installera för att fortsätta med installationen, eller på Tillbaka om du vill se över eller ändra några inställningar.
ReadyLabel2b=Klicka på Installera för att fortsätta med installationen.
ReadyMemoUserInfo=Användarinformation:
ReadyMemoDir=Installationsplats:
ReadyMemoType=Installationstyp:
ReadyMemoComponents=Valda komponenter:
ReadyMemoGroup=Mapp på Start-menyn:
ReadyMemoTasks=Ytterligare uppgifter:

; *** TDownloadWizardPage wizard page and DownloadTemporaryFile
DownloadingLabel=Hämtar ytterligare filer...
ButtonStopDownload=&Stoppa hämtningen
StopDownload=Är du säker på att du vill stoppa hämtningen?
ErrorDownloadAborted=Hämtningen avbröts
ErrorDownloadFailed=Hämtningen misslyckades: %1 %2
ErrorDownloadSizeFailed=Det gick inte att ta reda på storleken: %1 %2
ErrorFileHash1=Det gick inte att beräkna filens kontrollsumma: %1
ErrorFileHash2=Filens kontrollsumma stämmer inte: väntade %1, fick %2
ErrorProgress=Ogiltigt förlopp: %1 av %2
ErrorFileSize=Filens storlek stämmer inte: väntade %1, fick %2

; *** "Preparing to Install" wizard page
WizardPreparing=Förbereder installationen
PreparingDesc=Installationsprogrammet förbereder installationen av [name] på din dator.
PreviousInstallNotCompleted=Installationen eller borttagningen av ett tidigare program slutfördes inte. Du måste starta om datorn för att slutföra den.%n%nKör installationsprogrammet igen när datorn har startats om för att slutföra installationen av [name].
CannotContinue=Installationen kan inte fortsätta. Klicka på Avbryt för att avsluta.
ApplicationsFound=Följande program använder filer som installationsprogrammet behöver uppdatera. Du bör låta installationsprogrammet stänga dessa program automatiskt.
ApplicationsFound2=Följande program använder filer som installationsprogrammet behöver uppdatera. Du bör låta installationsprogrammet stänga dessa program automatiskt. När installationen är klar försöker installationsprogrammet starta om dem.
CloseApplications=&Stäng programmen automatiskt
DontCloseApplications=Stäng &inte programmen
ErrorCloseApplications=Installationsprogrammet kunde inte stänga alla program automatiskt. Du bör stänga alla program som använder filer som installationsprogrammet behöver uppdatera innan du fortsätter.
PrepareToInstallNeedsRestart=Installationsprogrammet måste starta om datorn. Kör installationsprogrammet igen när datorn har startats om för att slutföra installationen av [name].%n%nVill du starta om nu?

; *** "Installing" wizard page
WizardInstalling=Installerar
InstallingLabel=Vänta medan [name] installeras på din dator.

; *** "Setup Completed" wizard page
FinishedHeadingLabel=Installationsguiden för [name] är klar
FinishedLabelNoIcons=[name] har installerats på din dator.
FinishedLabel=[name] har installerats på din dator. Du kan starta programmet med genvägarna som skapades.
ClickFinish=Klicka på Slutför för att avsluta installationen.
FinishedRestartLabel=Datorn måste startas om för att installationen av [name] ska bli klar. Vill du starta om nu?
FinishedRestartMessage=Datorn måste startas om för att installationen av [name] ska bli klar.%n%nVill du starta om nu?
ShowReadmeCheck=Ja, jag vill läsa README-filen
YesRadio=&Ja, starta om datorn nu
NoRadio=&Nej, jag startar om datorn senare
; used for example as 'Run MyProg.exe'
RunEntryExec=Starta %1
; used for example as 'View Readme.txt'
RunEntryShellExec=Visa %1

; *** "Setup Needs the Next Disk" stuff
ChangeDiskTitle=Installationsprogrammet behöver nästa disk
SelectDiskLabel2=Sätt in disk %1 och klicka på OK.%n%nOm filerna på disken finns i en annan mapp än den som visas nedan anger du rätt sökväg eller klickar på Bläddra.
PathLabel=&Sökväg:
FileNotInDir2=Filen "%1" finns inte i "%2". Sätt in rätt disk eller välj en annan mapp.
SelectDirectoryLabel=Ange var nästa disk finns.

; *** Installation phase messages
SetupAborted=Installationen slutfördes inte.%n%nÅtgärda problemet och kör installationsprogrammet igen.
AbortRetryIgnoreSelectAction=Välj åtgärd
AbortRetryIgnoreRetry=&Försök igen
AbortRetryIgnoreIgnore=&Ignorera felet och fortsätt
AbortRetryIgnoreCancel=Avbryt installationen

; *** Installation status messages
StatusClosingApplications=Stänger program...
StatusCreateDirs=Skapar mappar...
StatusExtractFiles=Packar upp filer...
StatusCreateIcons=Skapar genvägar...
StatusCreateIniEntries=Skapar INI-poster...
StatusCreateRegistryEntries=Skapar registerposter...
StatusRegisterFiles=Registrerar filer...
StatusSavingUninstall=Sparar information för avinstallationen...
StatusRunProgram=Slutför installationen...
StatusRestartingApplications=Startar om program...
StatusRollback=Återställer ändringarna...

; *** Misc. errors
ErrorInternal2=Internt fel: %1
ErrorFunctionFailedNoCode=%1 misslyckades
ErrorFunctionFailed=%1 misslyckades; kod %2
ErrorFunctionFailedWithMessage=%1 misslyckades; kod %2.%n%3
ErrorExecutingProgram=Det gick inte att köra filen:%n%1

; *** Registry errors
ErrorRegOpenKey=Fel vid öppning av registernyckeln:%n%1\%2
ErrorRegCreateKey=Fel vid skapande av registernyckeln:%n%1\%2
ErrorRegWriteKey=Fel vid skrivning till registernyckeln:%n%1\%2

; *** INI errors
ErrorIniEntry=Fel när en INI-post skulle skapas i filen "%1".

; *** File copying errors
FileAbortRetryIgnoreSkipNotRecommended=&Hoppa över filen (rekommenderas inte)
FileAbortRetryIgnoreIgnoreNotRecommended=&Ignorera felet och fortsätt (rekommenderas inte)
SourceIsCorrupted=Källfilen är skadad
SourceDoesntExist=Källfilen "%1" finns inte
ExistingFileReadOnly2=Den befintliga filen kunde inte ersättas eftersom den är skrivskyddad.
ExistingFileReadOnlyRetry=&Ta bort skrivskyddet och försök igen
ExistingFileReadOnlyKeepExisting=&Behåll den befintliga filen
ErrorReadingExistingDest=Ett fel uppstod när den befintliga filen skulle läsas:
FileExistsSelectAction=Välj åtgärd
FileExists2=Filen finns redan.
FileExistsOverwriteExisting=&Skriv över den befintliga filen
FileExistsKeepExisting=&Behåll den befintliga filen
FileExistsOverwriteOrKeepAll=&Gör likadant vid följande konflikter
ExistingFileNewerSelectAction=Välj åtgärd
ExistingFileNewer2=Den befintliga filen är nyare än den som installationsprogrammet försöker installera.
ExistingFileNewerOverwriteExisting=&Skriv över den befintliga filen
ExistingFileNewerKeepExisting=&Behåll den befintliga filen (rekommenderas)
ExistingFileNewerOverwriteOrKeepAll=&Gör likadant vid följande konflikter
ErrorChangingAttr=Ett fel uppstod när attributen för den befintliga filen skulle ändras:
ErrorCreatingTemp=Ett fel uppstod när en fil skulle skapas i målmappen:
ErrorReadingSource=Ett fel uppstod när källfilen skulle läsas:
ErrorCopying=Ett fel uppstod när en fil skulle kopieras:
ErrorReplacingExistingFile=Ett fel uppstod när den befintliga filen skulle ersättas:
ErrorRestartReplace=RestartReplace misslyckades:
ErrorRenamingTemp=Ett fel uppstod när en fil i målmappen skulle byta namn:
ErrorRegisterServer=Det gick inte att registrera DLL/OCX: %1
ErrorRegSvr32Failed=RegSvr32 misslyckades med slutkod %1
ErrorRegisterTypeLib=Det gick inte att registrera typbiblioteket: %1

; *** Uninstall display name markings
; used for example as 'My Program (32-bit)'
UninstallDisplayNameMark=%1 (%2)
; used for example as 'My Program (32-bit, All users)'
UninstallDisplayNameMarks=%1 (%2, %3)
UninstallDisplayNameMark32Bit=32 bitar
UninstallDisplayNameMark64Bit=64 bitar
UninstallDisplayNameMarkAllUsers=Alla användare
UninstallDisplayNameMarkCurrentUser=Aktuell användare

; *** Post-installation errors
ErrorOpeningReadme=Ett fel uppstod när README-filen skulle öppnas.
ErrorRestartingComputer=Installationsprogrammet kunde inte starta om datorn. Starta om den själv.

; *** Uninstaller messages
UninstallNotFound=Filen "%1" finns inte. Avinstallationen kan inte genomföras.
UninstallOpenError=Filen "%1" gick inte att öppna. Avinstallationen kan inte genomföras
UninstallUnsupportedVer=Avinstallationsloggen "%1" har ett format som den här versionen av avinstallationsprogrammet inte känner igen. Avinstallationen kan inte genomföras
UninstallUnknownEntry=En okänd post (%1) hittades i avinstallationsloggen
ConfirmUninstall=Är du säker på att du vill ta bort %1 och alla dess komponenter helt?
UninstallOnlyOnWin64=Den här installationen kan bara avinstalleras på 64-bitars Windows.
OnlyAdminCanUninstall=Den här installationen kan bara avinstalleras av en användare med administratörsbehörighet.
UninstallStatusLabel=Vänta medan %1 tas bort från din dator.
UninstalledAll=%1 har tagits bort från din dator.
UninstalledMost=Avinstallationen av %1 är klar.%n%nNågra delar kunde inte tas bort. Du kan ta bort dem själv.
UninstalledAndNeedsRestart=Datorn måste startas om för att avinstallationen av %1 ska bli klar.%n%nVill du starta om nu?
UninstallDataCorrupted=Filen "%1" är skadad. Avinstallationen kan inte genomföras

; *** Uninstallation phase messages
ConfirmDeleteSharedFileTitle=Ta bort delad fil?
ConfirmDeleteSharedFile2=Enligt systemet används följande delade fil inte längre av något program. Vill du att avinstallationen tar bort den?%n%nOm något program fortfarande använder filen och den tas bort kan programmet sluta fungera som det ska. Välj Nej om du är osäker. Det skadar inte datorn att låta filen ligga kvar.
SharedFileNameLabel=Filnamn:
SharedFileLocationLabel=Plats:
WizardUninstalling=Avinstallationsstatus
StatusUninstalling=Avinstallerar %1...

; *** Shutdown block reasons
ShutdownBlockReasonInstallingApp=Installerar %1.
ShutdownBlockReasonUninstallingApp=Avinstallerar %1.

; The custom messages below aren't used by Setup itself, but the installer script uses some of
; them (the desktop shortcut task, the Launch entry on the last page).

[CustomMessages]

NameAndVersion=%1 version %2
AdditionalIcons=Ytterligare genvägar:
CreateDesktopIcon=Skapa en genväg på &skrivbordet
CreateQuickLaunchIcon=Skapa en genväg i &Snabbstart
ProgramOnTheWeb=%1 på webben
UninstallProgram=Avinstallera %1
LaunchProgram=Starta %1
AssocFileExtension=&Koppla %1 till filnamnstillägget %2
AssocingFileExtension=Kopplar %1 till filnamnstillägget %2...
AutoStartProgramGroupDescription=Autostart:
AutoStartProgram=Starta %1 automatiskt
AddonHostProgramNotFound=%1 hittades inte i mappen du valde.%n%nVill du fortsätta ändå?
