@echo off
rem retort launcher for Windows: runs lib\retort.jar on %JAVA_HOME%\bin\java.exe, else on the java
rem on PATH. JAVA_OPTS passes options to the JVM. No class-data-sharing archive (see
rem docs/distribution.md). Not tested: no Windows machine runs the tests.
setlocal
set "RETORT_HOME=%~dp0.."
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn16m -XX:-UsePerfData -Xss4m %JAVA_OPTS% -jar "%RETORT_HOME%\lib\retort.jar" %*
exit /b %ERRORLEVEL%
