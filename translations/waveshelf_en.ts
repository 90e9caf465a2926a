<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiClient</name>
    <message>
        <source>SoundCloud pointed Waveshelf to another server; the request was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud did not accept the request right now; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiJson</name>
    <message>
        <source>SoundCloud sent an answer Waveshelf cannot read. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud no longer accepts this connection. Please reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud asks Waveshelf to wait until %1 before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud is busy right now; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud is unreachable, try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud could not find what was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud refused the request (error %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <source>Could not save the settings to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectFlow</name>
    <message>
        <source>The SoundCloud window was closed before the connection was finished. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionRepository</name>
    <message>
        <source>This account is not connected to SoundCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SoundCloud connection was changed meanwhile. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not open the database %1. It may be in use by another program, damaged, or not a Waveshelf database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Waveshelf. Please update Waveshelf to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy of Waveshelf is damaged: a database upgrade is missing or broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpReply</name>
    <message>
        <source>SoundCloud did not answer in time. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to SoundCloud could not be made. Nothing was sent; check your network, clock and proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud is unreachable, try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Log in to Waveshelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person on this computer has their own Waveshelf account and their own SoundCloud connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password could not be processed. Close some programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedirectParser</name>
    <message>
        <source>The answer from SoundCloud did not match this connection attempt. Nothing was stored; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud sent an answer Waveshelf could not use. Nothing was stored; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined the connection on SoundCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined the connection on SoundCloud (SoundCloud said: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud refused the connection request. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waveshelf talks to SoundCloud as the SoundCloud app you registered. Enter that app&apos;s client ID and redirect URI. Change the addresses only to use a test server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authorize URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;PI URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;SoundCloud defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore SoundCloud defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenResponseParser</name>
    <message>
        <source>SoundCloud no longer accepts this connection. Please reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud is busy right now; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud is unreachable, try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud sent an answer Waveshelf could not understand. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenSession</name>
    <message>
        <source>This account is not connected to SoundCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud no longer accepts this connection. Please reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>This username is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Your saved data could not be decrypted. It may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A native desktop app for SoundCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the database, settings and browser profiles in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waveshelf cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waveshelf cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::AccountService</name>
    <message>
        <source>The username or password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved data could not be unlocked. It may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A username can have at most %n characters.</source>
        <translation>
            <numerusform>A username can have at most %n character.</numerusform>
            <numerusform>A username can have at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>A username cannot contain control characters or invisible formatting characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>A password needs at least %n character.</numerusform>
            <numerusform>A password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter your username and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::AddressBar</name>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site this sign-in page comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::ConnectPopup</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to SoundCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. Finishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page reported an error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is not secure: its certificate was refused. The sign-in page was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be found. Check your internet connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1. Check your internet connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::LibraryPage</name>
    <message>
        <source>Connect Waveshelf to your SoundCloud account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to SoundCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waveshelf opens SoundCloud&apos;s sign-in page in a small window. Approve Waveshelf there once; after that your library is here whenever you log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to SoundCloud as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SoundCloud app is set up yet. Open File → Settings and enter your app&apos;s client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the connection with SoundCloud…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to SoundCloud as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to approve Waveshelf in the SoundCloud window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect from SoundCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waveshelf will forget your SoundCloud connection on this computer and sign you out of SoundCloud in its window. Your tracks stay on SoundCloud. Disconnect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected from SoundCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading tracks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n track</numerusform>
            <numerusform>%n tracks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) so far</source>
        <translation>
            <numerusform>%n track so far</numerusform>
            <numerusform>%n tracks so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waveshelf::LoginPage</name>
    <message>
        <source>The two passwords are not the same. Please type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a Waveshelf account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to Waveshelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SoundCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to SoundCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Waveshelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New settings apply the next time you log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Waveshelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Waveshelf %1&lt;/h3&gt;&lt;p&gt;A native desktop app for SoundCloud.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waveshelf — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waveshelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud sandbox at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not SoundCloud: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: SoundCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect to SoundCloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::SettingsDialog</name>
    <message>
        <source>Where Waveshelf keeps its database and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is not set here: Waveshelf reads it only from the environment variable WAVESHELF_CLIENT_SECRET, and never saves it. Most people do not need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret is set now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client secret is set now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the environment variable %1, so it cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be a web address that starts with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 needs a server name after %2://, as in https://secure.soundcloud.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Redirect URI cannot contain a “#” part.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::SignInPopupWindow</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in – %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::TrackListModel</name>
    <message>
        <source>Not playable in your country or on your plan (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
