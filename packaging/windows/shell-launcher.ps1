# Make the kiosk the shell of the local user "kiosk" with Shell Launcher: when that user signs in
# they get the kiosk instead of the desktop; other users keep Explorer. Windows 10/11 Enterprise,
# Education or IoT Enterprise only. Run once in an elevated PowerShell, after the installer and
# after creating the user. Not testable under Wine (no Shell Launcher there): try it on a spare PC.
#   powershell -ExecutionPolicy Bypass -File shell-launcher.ps1 [-User kiosk]
param(
    [string]$User = "kiosk",
    [string]$Config = "$env:ProgramData\kiosk\kiosk.yaml"
)
$ErrorActionPreference = "Stop"
$exe = Join-Path $env:ProgramFiles "Kiosk\kioskw.exe"
if (-not (Test-Path $exe)) { throw "no $exe : run the kiosk installer first" }

# 1. The Shell Launcher feature. The first time, Windows may ask for a restart: restart, run again.
Enable-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher -All -NoRestart | Out-Null

# 2. The kiosk as the user's shell.
$account = New-Object System.Security.Principal.NTAccount($User)
$sid = $account.Translate([System.Security.Principal.SecurityIdentifier]).Value
$launcher = [wmiclass]"\\localhost\root\standardcimv2\embedded:WESL_UserSetting"
$launcher.SetDefaultShell("explorer.exe", 0)
try { $launcher.RemoveCustomShell($sid) | Out-Null } catch { }  # an earlier setting
# The kiosk runs under `kiosk watchdog`, which restarts a kiosk that crashed or hung (no
# heartbeat for 30 s). When the watchdog ends: exit code 0 (staff pressed "Exit kiosk") -> 3, do
# nothing (sign out with Ctrl+Alt+Del); any other code -> 0, start it again.
$launcher.SetCustomShell($sid, "`"$exe`" watchdog -- run --config `"$Config`"", @(0), @(3), 0) | Out-Null
$launcher.SetEnabled($true) | Out-Null
Write-Host "Shell Launcher: $User now gets $exe instead of the desktop. Sign in as $User to check."
