; Inno Setup 6 script for the Windows kiosk, after `python packaging\build.py` (dist\kiosk\):
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\kiosk.iss
; It writes dist\kiosk-<version>-windows-setup.exe. On Linux, packaging/windows/build.sh does both
; under Wine, and tests/packaging/test_windows.py installs and runs the setup there (CI); only a
; real Windows PC shows the rest (docs/deploy-windows.md has the checklist).
;
;   C:\Program Files\Kiosk\            the bundle: kiosk.exe (commands), kioskw.exe (no console)
;   C:\ProgramData\kiosk\kiosk.yaml    settings, written once, kept by updates and uninstall
;   C:\ProgramData\kiosk\halls\        content, copied once, kept by updates and uninstall
;   C:\ProgramData\kiosk\logs\, data\  logs and usage.db (writable by the kiosk user), kept

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{5C7D2B1E-8A43-4F0B-9E57-2D6C1A9F3B40}
AppName=Kiosk
AppVersion={#AppVersion}
DefaultDirName={autopf}\Kiosk
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=kiosk-{#AppVersion}-windows-setup
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\kiosk.exe
; An update closes the running kiosk; Shell Launcher starts the new one.
CloseApplications=force

[Dirs]
Name: "{commonappdata}\kiosk"; Flags: uninsneveruninstall
Name: "{commonappdata}\kiosk\halls"; Flags: uninsneveruninstall
Name: "{commonappdata}\kiosk\logs"; Permissions: users-modify; Flags: uninsneveruninstall
Name: "{commonappdata}\kiosk\data"; Permissions: users-modify; Flags: uninsneveruninstall

[InstallDelete]
; The previous bundle's libraries: an update replaces them all.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\kiosk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\dist\kiosk\_internal\kiosk\halls\*"; DestDir: "{commonappdata}\kiosk\halls"; \
  Flags: recursesubdirs createallsubdirs uninsneveruninstall; Check: FirstInstall
Source: "kiosk.yaml"; DestDir: "{commonappdata}\kiosk"; \
  Flags: onlyifdoesntexist uninsneveruninstall

[Icons]
Name: "{autoprograms}\Kiosk"; Filename: "{app}\kioskw.exe"; \
  Parameters: "run --config ""{commonappdata}\kiosk\kiosk.yaml"""
Name: "{autoprograms}\Kiosk preview (window)"; Filename: "{app}\kioskw.exe"; \
  Parameters: "run --windowed --config ""{commonappdata}\kiosk\kiosk.yaml"""

[Code]
var
  First: Boolean;

function InitializeSetup(): Boolean;
begin
  { The bundled halls are copied only when there are no settings yet (a first install). }
  First := not FileExists(ExpandConstant('{commonappdata}\kiosk\kiosk.yaml'));
  Result := True;
end;

function FirstInstall(): Boolean;
begin
  Result := First;
end;
