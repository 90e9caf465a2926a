<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../src/core/network/ApiClient.cpp" line="63"/>
        <source>SoundCloud pointed Waveshelf to another server; the request was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/network/ApiClient.cpp" line="101"/>
        <source>SoundCloud did not accept the request right now; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiJson</name>
    <message>
        <location filename="../src/core/soundcloud/ApiJson.cpp" line="17"/>
        <source>SoundCloud sent an answer Waveshelf cannot read. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/soundcloud/ApiJson.cpp" line="117"/>
        <source>SoundCloud no longer accepts this connection. Please reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/soundcloud/ApiJson.cpp" line="122"/>
        <source>SoundCloud asks Waveshelf to wait until %1 before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/soundcloud/ApiJson.cpp" line="124"/>
        <source>SoundCloud is busy right now; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/soundcloud/ApiJson.cpp" line="128"/>
        <source>SoundCloud is unreachable, try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/soundcloud/ApiJson.cpp" line="131"/>
        <source>SoundCloud could not find what was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/soundcloud/ApiJson.cpp" line="133"/>
        <source>SoundCloud refused the request (error %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <location filename="../src/core/config/ConfigLoader.cpp" line="83"/>
        <source>Could not save the settings to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/config/ConfigLoader.cpp" line="106"/>
        <source>Could not create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectFlow</name>
    <message>
        <location filename="../src/core/session/ConnectFlow.cpp" line="66"/>
        <source>The SoundCloud window was closed before the connection was finished. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionRepository</name>
    <message>
        <location filename="../src/core/storage/ConnectionRepository.cpp" line="66"/>
        <source>This account is not connected to SoundCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/ConnectionRepository.cpp" line="153"/>
        <source>The SoundCloud connection was changed meanwhile. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../src/core/storage/Database.cpp" line="94"/>
        <source>Could not open the database %1. It may be in use by another program, damaged, or not a Waveshelf database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/Database.cpp" line="179"/>
        <source>The database %1 was written by a newer version of Waveshelf. Please update Waveshelf to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/Database.cpp" line="201"/>
        <source>Could not upgrade the database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/Migrations.cpp" line="37"/>
        <source>This copy of Waveshelf is damaged: a database upgrade is missing or broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/SqlError.cpp" line="14"/>
        <source>The database could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpReply</name>
    <message>
        <location filename="../src/core/network/HttpReply.cpp" line="32"/>
        <source>SoundCloud did not answer in time. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/network/HttpReply.cpp" line="35"/>
        <source>A secure connection to SoundCloud could not be made. Nothing was sent; check your network, clock and proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/network/HttpReply.cpp" line="39"/>
        <source>SoundCloud is unreachable, try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../ui/LoginPage.ui" line="45"/>
        <source>Log in to Waveshelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginPage.ui" line="55"/>
        <source>Each person on this computer has their own Waveshelf account and their own SoundCloud connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginPage.ui" line="70"/>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginPage.ui" line="80"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginPage.ui" line="90"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginPage.ui" line="100"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginPage.ui" line="110"/>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginPage.ui" line="120"/>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginPage.ui" line="132"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginPage.ui" line="145"/>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginPage.ui" line="158"/>
        <source>Checking your password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginPage.ui" line="170"/>
        <source>&amp;Back to log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginPage.ui" line="173"/>
        <source>Back to log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginPage.ui" line="193"/>
        <source>&amp;Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginPage.ui" line="196"/>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginPage.ui" line="203"/>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoginPage.ui" line="206"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <location filename="../src/core/accounts/PasswordHasher.cpp" line="45"/>
        <source>The password could not be processed. Close some programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedirectParser</name>
    <message>
        <location filename="../src/core/auth/RedirectParser.cpp" line="115"/>
        <source>The answer from SoundCloud did not match this connection attempt. Nothing was stored; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/auth/RedirectParser.cpp" line="124"/>
        <source>SoundCloud sent an answer Waveshelf could not use. Nothing was stored; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/auth/RedirectParser.cpp" line="137"/>
        <source>You declined the connection on SoundCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/auth/RedirectParser.cpp" line="138"/>
        <source>You declined the connection on SoundCloud (SoundCloud said: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/auth/RedirectParser.cpp" line="144"/>
        <source>SoundCloud refused the connection request. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="14"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="20"/>
        <source>Waveshelf talks to SoundCloud as the SoundCloud app you registered. Enter that app&apos;s client ID and redirect URI. Change the addresses only to use a test server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="32"/>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="42"/>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="56"/>
        <source>&amp;Redirect URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="66"/>
        <source>Redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="80"/>
        <source>&amp;Authorize URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="90"/>
        <source>Authorize URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="104"/>
        <source>&amp;Token URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="114"/>
        <source>Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="128"/>
        <source>A&amp;PI URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="138"/>
        <source>API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="152"/>
        <source>&amp;Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="162"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="181"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="209"/>
        <source>Restore &amp;SoundCloud defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="212"/>
        <source>Restore SoundCloud defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenResponseParser</name>
    <message>
        <location filename="../src/core/auth/TokenResponseParser.cpp" line="29"/>
        <source>SoundCloud no longer accepts this connection. Please reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/auth/TokenResponseParser.cpp" line="37"/>
        <source>SoundCloud is busy right now; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/auth/TokenResponseParser.cpp" line="45"/>
        <source>SoundCloud is unreachable, try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/auth/TokenResponseParser.cpp" line="52"/>
        <source>SoundCloud sent an answer Waveshelf could not understand. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenSession</name>
    <message>
        <location filename="../src/core/network/TokenSession.cpp" line="17"/>
        <source>This account is not connected to SoundCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/network/TokenSession.cpp" line="65"/>
        <source>SoundCloud no longer accepts this connection. Please reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <location filename="../src/core/storage/UserRepository.cpp" line="24"/>
        <source>This username is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/storage/UserRepository.cpp" line="83"/>
        <location filename="../src/core/storage/UserRepository.cpp" line="115"/>
        <source>This account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../src/core/accounts/Vault.cpp" line="33"/>
        <source>Your saved data could not be decrypted. It may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accounts/Vault.cpp" line="123"/>
        <source>The password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="56"/>
        <source>A native desktop app for SoundCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="61"/>
        <source>Keep the database, settings and browser profiles in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="62"/>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="69"/>
        <source>Waveshelf cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="76"/>
        <source>Waveshelf cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::AccountService</name>
    <message>
        <location filename="../src/core/accounts/AccountService.cpp" line="25"/>
        <source>The username or password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accounts/AccountService.cpp" line="64"/>
        <source>Your saved data could not be unlocked. It may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accounts/AccountService.cpp" line="94"/>
        <source>Please enter a username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/accounts/AccountService.cpp" line="96"/>
        <source>A username can have at most %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/accounts/AccountService.cpp" line="102"/>
        <source>A username cannot contain control characters or invisible formatting characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/accounts/AccountService.cpp" line="112"/>
        <source>A password needs at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/accounts/AccountService.cpp" line="177"/>
        <source>Please enter your username and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::AddressBar</name>
    <message>
        <location filename="../src/connect/AddressBar.cpp" line="21"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connect/AddressBar.cpp" line="22"/>
        <source>The site this sign-in page comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connect/AddressBar.cpp" line="25"/>
        <source>Connection security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connect/AddressBar.cpp" line="31"/>
        <source>Loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connect/AddressBar.cpp" line="67"/>
        <source>Secure connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connect/AddressBar.cpp" line="69"/>
        <source>Not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::ConnectPopup</name>
    <message>
        <location filename="../src/connect/ConnectPopup.cpp" line="34"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connect/ConnectPopup.cpp" line="36"/>
        <location filename="../src/connect/ConnectPopup.cpp" line="68"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connect/ConnectPopup.cpp" line="39"/>
        <source>Connect to SoundCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connect/ConnectPopup.cpp" line="44"/>
        <source>SoundCloud sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connect/ConnectPopup.cpp" line="51"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connect/ConnectPopup.cpp" line="53"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connect/ConnectPopup.cpp" line="66"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connect/ConnectPopup.cpp" line="110"/>
        <source>Signed in. Finishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connect/ConnectPopup.cpp" line="121"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connect/ConnectPopup.cpp" line="136"/>
        <source>The page reported an error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connect/ConnectPopup.cpp" line="151"/>
        <source>The connection to %1 is not secure: its certificate was refused. The sign-in page was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connect/ConnectPopup.cpp" line="156"/>
        <source>%1 could not be found. Check your internet connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connect/ConnectPopup.cpp" line="160"/>
        <source>Could not reach %1. Check your internet connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connect/ConnectPopup.cpp" line="169"/>
        <source>The sign-in page could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::LibraryPage</name>
    <message>
        <location filename="../src/gui/LibraryPage.cpp" line="32"/>
        <source>Connect Waveshelf to your SoundCloud account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LibraryPage.cpp" line="41"/>
        <source>Connect to SoundCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LibraryPage.cpp" line="65"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LibraryPage.cpp" line="70"/>
        <source>Your tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LibraryPage.cpp" line="100"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LibraryPage.cpp" line="101"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LibraryPage.cpp" line="104"/>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LibraryPage.cpp" line="158"/>
        <source>Waveshelf opens SoundCloud&apos;s sign-in page in a small window. Approve Waveshelf there once; after that your library is here whenever you log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LibraryPage.cpp" line="170"/>
        <source>Connected to SoundCloud as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LibraryPage.cpp" line="196"/>
        <source>No SoundCloud app is set up yet. Open File → Settings and enter your app&apos;s client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LibraryPage.cpp" line="209"/>
        <source>Finishing the connection with SoundCloud…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LibraryPage.cpp" line="212"/>
        <source>Connected to SoundCloud as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LibraryPage.cpp" line="231"/>
        <source>Waiting for you to approve Waveshelf in the SoundCloud window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LibraryPage.cpp" line="242"/>
        <source>Disconnect from SoundCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LibraryPage.cpp" line="243"/>
        <source>Waveshelf will forget your SoundCloud connection on this computer and sign you out of SoundCloud in its window. Your tracks stay on SoundCloud. Disconnect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LibraryPage.cpp" line="256"/>
        <source>Disconnected from SoundCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LibraryPage.cpp" line="263"/>
        <source>Loading tracks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/LibraryPage.cpp" line="265"/>
        <source>%n track(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/LibraryPage.cpp" line="267"/>
        <source>%n track(s) so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waveshelf::LoginPage</name>
    <message>
        <location filename="../src/gui/LoginPage.cpp" line="86"/>
        <source>The two passwords are not the same. Please type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LoginPage.cpp" line="98"/>
        <source>Create a Waveshelf account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LoginPage.cpp" line="98"/>
        <source>Log in to Waveshelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/LoginPage.cpp" line="107"/>
        <source>At least %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/LoginPage.cpp" line="128"/>
        <source>Creating your account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LoginPage.cpp" line="128"/>
        <source>Checking your password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/LoginPage.cpp" line="141"/>
        <source>Something went wrong. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::MainWindow</name>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="38"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="39"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="42"/>
        <source>&amp;Log Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="44"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="48"/>
        <source>&amp;SoundCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="49"/>
        <location filename="../src/gui/MainWindow.cpp" line="151"/>
        <source>&amp;Connect to SoundCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="53"/>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="58"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="59"/>
        <source>&amp;About Waveshelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="118"/>
        <source>New settings apply the next time you log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="123"/>
        <source>About Waveshelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="124"/>
        <source>&lt;h3&gt;Waveshelf %1&lt;/h3&gt;&lt;p&gt;A native desktop app for SoundCloud.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="130"/>
        <source>Waveshelf — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="130"/>
        <source>Waveshelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="135"/>
        <source>SoundCloud sandbox at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="136"/>
        <source>not SoundCloud: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="138"/>
        <source>Service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="140"/>
        <source>Service: SoundCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/MainWindow.cpp" line="151"/>
        <source>&amp;Reconnect to SoundCloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::SettingsDialog</name>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="41"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="66"/>
        <source>Where Waveshelf keeps its database and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="69"/>
        <source>The client secret is not set here: Waveshelf reads it only from the environment variable WAVESHELF_CLIENT_SECRET, and never saves it. Most people do not need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="72"/>
        <source>No client secret is set now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="73"/>
        <source>A client secret is set now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="74"/>
        <source>About the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="79"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="80"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="92"/>
        <source>Note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="95"/>
        <source>Set by the environment variable %1, so it cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="115"/>
        <source>Please enter the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="120"/>
        <source>The %1 must be a web address that starts with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="125"/>
        <source>The %1 needs a server name after %2://, as in https://secure.soundcloud.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="139"/>
        <source>The client ID cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/gui/SettingsDialog.cpp" line="161"/>
        <source>The Redirect URI cannot contain a “#” part.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::SignInPopupWindow</name>
    <message>
        <location filename="../src/connect/SignInPopupWindow.cpp" line="20"/>
        <location filename="../src/connect/SignInPopupWindow.cpp" line="34"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connect/SignInPopupWindow.cpp" line="21"/>
        <source>Sign-in window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connect/SignInPopupWindow.cpp" line="24"/>
        <source>Sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/connect/SignInPopupWindow.cpp" line="34"/>
        <source>Sign in – %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::TrackListModel</name>
    <message>
        <location filename="../src/core/models/TrackListModel.cpp" line="106"/>
        <source>Not playable in your country or on your plan (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/TrackListModel.cpp" line="124"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/TrackListModel.cpp" line="125"/>
        <source>Artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/TrackListModel.cpp" line="126"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/models/TrackListModel.cpp" line="127"/>
        <source>Genre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
