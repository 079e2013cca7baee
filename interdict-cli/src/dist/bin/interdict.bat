@echo off
rem Runs Interdict from an unpacked distribution: needs only Java 17 or newer (JAVA_HOME or the PATH).
setlocal
set "INTERDICT_HOME_DIR=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
if not defined INTERDICT_JAVA_OPTS set "INTERDICT_JAVA_OPTS=-Xmx1g"
"%JAVA%" %INTERDICT_JAVA_OPTS% -Dfile.encoding=UTF-8 -jar "%INTERDICT_HOME_DIR%\lib\interdict.jar" %*
exit /b %ERRORLEVEL%
