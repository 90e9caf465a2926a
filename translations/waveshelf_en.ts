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
    <message>
        <source>SoundCloud refused this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud refused this request: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArtworkCacheFolder</name>
    <message>
        <source>The artwork cache folder %1 is not yours, so Waveshelf does not keep your artwork there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorizedGet</name>
    <message>
        <source>SoundCloud pointed Waveshelf to another server; the request was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserProfileFolder</name>
    <message>
        <source>The browser profile folder %1 is not yours, so Waveshelf does not keep your SoundCloud sign-in there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>%1 never takes a password on the command line, where other users and the shell history could see it. Type it when asked, or give it on standard input with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a local user&apos;s own SoundCloud tracks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the tracks a local user liked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waveshelf from a terminal: local users, their SoundCloud connection and their library, with the app&apos;s settings and database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do; see the list below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no command &quot;users %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [--data-dir DIR] &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1 &lt;command&gt; --help&quot; tells more about a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings and environment variables are the app&apos;s: WAVESHELF_DATA_DIR, WAVESHELF_CLIENT_ID, WAVESHELF_CLIENT_SECRET, WAVESHELF_REDIRECT_URI, WAVESHELF_AUTHORIZE_URL, WAVESHELF_TOKEN_URL, WAVESHELF_API_URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords: asked at the terminal (not shown as you type), or read from standard input with --password-stdin, one per line. Never taken from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:
  0  done
  1  another error (database, files, a sign-in that was declined...)
  2  usage: the command line or the password input is not right
  3  not connected to SoundCloud, or SoundCloud wants you to reconnect
  4  SoundCloud is unreachable or busy (time-outs, server errors, 429): try again later
  5  wrong password or unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a local user&apos;s stream (what the people they follow post).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the tracks of one playlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the tracks a local user played last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the tracks SoundCloud relates to one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientSecretStore</name>
    <message>
        <source>The system keyring did not let Waveshelf use the client secret (access was denied). You can set it in the environment variable WAVESHELF_CLIENT_SECRET instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring service is running on this computer (such as GNOME Keyring or KWallet), so Waveshelf cannot keep a client secret. If your SoundCloud app needs one, set the environment variable WAVESHELF_CLIENT_SECRET before starting Waveshelf; it is never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waveshelf&apos;s settings say your SoundCloud app&apos;s client secret is in the system keyring, but it is not there any more. Set the environment variable WAVESHELF_CLIENT_SECRET, or enter the secret again in the first-run guide (clear the client ID in File → Settings… to see it again).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommonOptions</name>
    <message>
        <source>Use the Waveshelf data folder &lt;dir&gt; (default: $WAVESHELF_DATA_DIR, else the app&apos;s own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Waveshelf&apos;s log messages on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local Waveshelf user &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input (its first line) instead of asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for machines instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; items (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which local user with --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a whole number greater than 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigCheck</name>
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
        <source>The %1 cannot contain a user name or password (the part before “@”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must start with https:// (plain http:// is only allowed for this computer, such as 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 cannot contain a “#” part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL must look like postgresql://user@server/database (or be empty for the database in the data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL’s options (after “?”) may only contain letters, digits and _ . , : / + = -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL cannot contain a password. Put the password in ~/.pgpass (or PGPASSWORD), where PostgreSQL&apos;s own tools read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
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
    <message>
        <source>%1 in the settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not used: “%2”. %3 Waveshelf uses %4 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 is not used: it belongs to another user (%2), who could send your SoundCloud sign-in elsewhere with it. Waveshelf uses its defaults and the environment; saving the settings replaces the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 is not used: other users of this computer can change it (its permissions are %2), and so send your SoundCloud sign-in elsewhere. Waveshelf uses its defaults and the environment; saving the settings replaces the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not replace the settings file %1, which belongs to another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waveshelf does not use the data folder %1: it belongs to another user (%2), who could change its settings and send your SoundCloud sign-in elsewhere. Use a folder of your own (--data-dir or WAVESHELF_DATA_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waveshelf does not use the data folder %1: other users of this computer can change what is in it (its permissions are %2), and so send your SoundCloud sign-in elsewhere. Make it yours alone (chmod 700) or use another folder (--data-dir or WAVESHELF_DATA_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database in its data folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <source>Connect a local user to SoundCloud with your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your web browser (the only way from a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the connected SoundCloud account if you sign in to a different one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for the browser after &lt;seconds&gt; (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a terminal, connecting works through your web browser: add --browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds greater than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser came back; finishing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing the connection to %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed in to SoundCloud as %1, but %2 is connected to %3. Run again with --replace to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in your web browser to connect %1 to SoundCloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for your browser (at most %n second(s); Ctrl+C stops)…</source>
        <translation>
            <numerusform>Waiting for your browser (at most %Ln second; Ctrl+C stops)…</numerusform>
            <numerusform>Waiting for your browser (at most %Ln seconds; Ctrl+C stops)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected %1 to SoundCloud as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <comment>the short yes of a y/N question</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the long yes of a y/N question</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the address to open in your web browser, then waits for SoundCloud to send the browser back to the redirect URI (WAVESHELF_REDIRECT_URI, default http://127.0.0.1:8765/callback), which must be on this computer. If you sign in to another SoundCloud account than the one already connected, nothing is changed unless you give --replace. Before a first connection it shows the SoundCloud account you signed in to and asks whether it is yours (another user of this computer could see the address and sign in with theirs); --yes connects it without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the SoundCloud account you sign in to without asking whether it is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After you sign in, Waveshelf asks at the terminal whether the SoundCloud account is yours, but standard input is not a terminal. Run the command at a terminal, or add --yes to connect the account that signs in without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser signed in to SoundCloud as %1; connecting it (--yes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser signed in to SoundCloud as %1. Connect %2 to this account? Answer y only if it is yours: another user of this computer could have signed in with theirs. [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectFlow</name>
    <message>
        <source>The SoundCloud window was closed before the connection was finished. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept your SoundCloud connection as it was; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: you did not confirm the SoundCloud account %1, so nothing was saved.</source>
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
    <message>
        <source>Your SoundCloud connection is being refreshed right now. Nothing was changed; please try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionStore</name>
    <message>
        <source>%1 is connected to SoundCloud outside the sandbox. The sandbox leaves that connection alone: try the sandbox as another local user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is connected to another SoundCloud service (%2). Reconnect to use this one, or switch back to %2 in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Run &quot;%1 --help&quot; for how to use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountText</name>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%Ln track</numerusform>
            <numerusform>%Ln tracks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n playlist(s)</source>
        <translation>
            <numerusform>%Ln playlist</numerusform>
            <numerusform>%Ln playlists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message>
        <source>No tracks found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No playlists found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: this list is not saved on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: %1 saved on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded; the rest could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtering, %1 loaded so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded, more coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded; more as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n shown)</source>
        <translation>
            <numerusform>%1 (%Ln shown)</numerusform>
            <numerusform>%1 (%Ln shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialCheck</name>
    <message>
        <source>The username or password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved data could not be unlocked. It may be damaged.</source>
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
        <source>The database %1 can be read by other users of this computer, and Waveshelf could not change that. Make the file yours (readable by you only), then start Waveshelf again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged: one of its keys has the wrong size.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisconnectCommand</name>
    <message>
        <source>Forget a local user&apos;s SoundCloud connection (its tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes on SoundCloud; connect again with &quot;connect --browser&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not connected to SoundCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected %1 from SoundCloud.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointCheck</name>
    <message>
        <source>The %1 does not answer: nothing listens at %2 (connection refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 does not answer: the server name %2 is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %1 does not answer: %2 said nothing within %n second(s).</source>
        <translation>
            <numerusform>The %1 does not answer: %2 said nothing within %Ln second.</numerusform>
            <numerusform>The %1 does not answer: %2 said nothing within %Ln seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 does not answer: a secure connection to %2 could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 does not answer: %2 could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has a problem on its side (HTTP %2). Try again later, or check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 answers, but refuses this app (“%2”): check the client ID and that the redirect URI is registered for your app exactly as shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 answers (it sends the browser on to sign in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 answers, but refuses this app (HTTP %2): check the client ID and that the redirect URI is registered for your app exactly as shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 answers (it shows a sign-in page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has no sign-in page at this address (HTTP %2): check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 answers, but does not accept this client ID (or client secret): check them on your app&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 answers, but asks to slow down (too many requests): wait a minute before connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 answers (it turned down a made-up sign-in code, as it should).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 answers with a web page instead of SoundCloud&apos;s token answer (HTTP %2): check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 gives an answer SoundCloud&apos;s token endpoint would not (HTTP %2): check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the client ID first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowClient</name>
    <message>
        <source>This is not a SoundCloud user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud no longer has %1&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud did not let you follow %1: most likely you follow as many people as it allows. Unfollow someone first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud did not save that you follow %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud did not stop you following %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowCommand</name>
    <message>
        <source>Follow a person on SoundCloud (soundcloud:users:123).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop following a person on SoundCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user urn (soundcloud:users:123).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You follow %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You no longer follow %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowingCommand</name>
    <message>
        <source>List the people a local user follows on SoundCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has a username, name, city, tracks and followers column.</source>
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
    <name>LibraryPlace</name>
    <message>
        <source>Your playlists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liked playlists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playlists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LikeClient</name>
    <message>
        <source>This is not a SoundCloud track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a SoundCloud playlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud no longer has this track, so the like was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud no longer has this playlist, so the like was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud did not save your like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud did not remove your like.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPrinter</name>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARTIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GENRE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n track(s).</source>
        <translation>
            <numerusform>%Ln track.</numerusform>
            <numerusform>%Ln tracks.</numerusform>
        </translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRACKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n playlist(s).</source>
        <translation>
            <numerusform>%Ln playlist.</numerusform>
            <numerusform>%Ln playlists.</numerusform>
        </translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOLLOWERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s).</source>
        <translation>
            <numerusform>%Ln user.</numerusform>
            <numerusform>%Ln users.</numerusform>
        </translation>
    </message>
    <message>
        <source>--json prints an array with one object per track: urn, title, artist, artist_urn, duration_ms, genre, access (playable, preview or blocked), permalink_url, artwork_url, created_at, added_at (when it reached the list, if known), playback_count, likes_count and liked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json prints an array with one object per playlist: urn, title, owner, owner_urn, track_count, duration_ms, playlist_type, permalink_url, artwork_url and created_at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json prints an array with one object per user: urn, username, full_name, city, track_count, playlist_count, followers_count, permalink_url and avatar_url.</source>
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
    <name>Migrations</name>
    <message>
        <source>This copy of Waveshelf is damaged: a database upgrade is missing or broken.</source>
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
    <name>PasswordReader</name>
    <message>
        <source>There is no terminal to ask for the password. Give it on standard input with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input ended before the password; give each password on its own line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaybackErrors</name>
    <message>
        <source>“%1” is blocked on SoundCloud where you are, so it cannot be played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to SoundCloud first: this account is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerState</name>
    <message>
        <source>The saved queue could not be read; it starts empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaylistClient</name>
    <message>
        <source>This is not a SoundCloud playlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud sent an answer Waveshelf cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaylistEditCommand</name>
    <message>
        <source>Make a private playlist, with these tracks if given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tracks at the end of one of the user&apos;s playlists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take tracks out of one of the user&apos;s playlists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one of the user&apos;s playlists a new title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete one of the user&apos;s playlists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each change reads the playlist from SoundCloud first and changes only what was asked; a playlist with tracks SoundCloud does not list, or one that is not the user&apos;s, is left as it is. Tracks are named by urn (soundcloud:tracks:123), playlists too (soundcloud:playlists:123). With --json, the playlist afterwards is printed as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a playlist urn (soundcloud:playlists:123).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a track urn (soundcloud:tracks:123).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted “%1” (%n track(s)).</source>
        <translation>
            <numerusform>Deleted “%1” (%Ln track).</numerusform>
            <numerusform>Deleted “%1” (%Ln tracks).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created “%1” (%2) with %n track(s).</source>
        <translation>
            <numerusform>Created “%1” (%2) with %Ln track.</numerusform>
            <numerusform>Created “%1” (%2) with %Ln tracks.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” holds none of these tracks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Took %n track(s) out of “%1”.</source>
        <translation>
            <numerusform>Took %Ln track out of “%1”.</numerusform>
            <numerusform>Took %Ln tracks out of “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed the playlist to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaylistEditor</name>
    <message>
        <source>A playlist needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A SoundCloud playlist holds at most %n tracks; this change would make it longer.</source>
        <translation>
            <numerusform>A SoundCloud playlist holds at most %Ln track; this change would make it longer.</numerusform>
            <numerusform>A SoundCloud playlist holds at most %Ln tracks; this change would make it longer.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” belongs to %2; only they can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud shows Waveshelf %1 of the %2 tracks in “%3” (the others may be private or removed), so Waveshelf leaves it as it is: a change would drop the tracks it cannot see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a SoundCloud track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” changed on SoundCloud since Waveshelf showed it, so nothing was changed. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n track(s) to “%1”.</source>
        <translation>
            <numerusform>Added %Ln track to “%1”.</numerusform>
            <numerusform>Added %Ln tracks to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n was in it already.</source>
        <translation>
            <numerusform>%Ln was in it already.</numerusform>
            <numerusform>%Ln were in it already.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaylistsCommand</name>
    <message>
        <source>List a local user&apos;s playlists and albums, or the ones they liked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has a title, owner, tracks, duration and type column. &quot;playlist URN&quot; lists one playlist&apos;s tracks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playlists the user liked instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivatePaths</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the folder %1 private to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the file %1 private to you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessHardening</name>
    <message>
        <source>Waveshelf could not protect its memory from core dumps.</source>
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
    <name>RefreshLease</name>
    <message>
        <source>This account is not connected to SoundCloud.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Search SoundCloud for tracks (or people, or playlists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUERY is one argument: quote it when it has spaces. Tracks by default; --users or --playlists search those instead, with the tables and JSON of &quot;following&quot; and &quot;playlists&quot;. Searching everything is long: --limit keeps the first results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for people instead of tracks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for playlists instead of tracks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for --users or --playlists, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to search for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionOpener</name>
    <message>
        <source>Waveshelf password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected to SoundCloud. Connect with: %2 connect --browser --user %1</source>
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
    <message>
        <source>About the settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the database in the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPluginLoader</name>
    <message>
        <source>Waveshelf&apos;s sign-in window could not be loaded (its browser engine part is missing or broken: a packaging problem). Sign in with your web browser instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The database is busy (another Waveshelf window or the command-line tool may be using it). Nothing was changed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so Waveshelf could not save. Nothing was changed; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written (it is read-only). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. Waveshelf did not change it; restore it from a backup or move it aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waveshelf lost its connection to the database server (it may have been restarted, or the network is down). Nothing was lost; Waveshelf connects again on its next try.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamUrls</name>
    <message>
        <source>SoundCloud&apos;s answer about this track&apos;s streams could not be read.</source>
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
    <message>
        <source>Waveshelf cannot save your SoundCloud connection right now (is the disk full?). It keeps trying; do not quit yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waveshelf was closed while it renewed your SoundCloud sign-in, so the sign-in may no longer work. Connect to SoundCloud again to go on; nothing else was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackListCommand</name>
    <message>
        <source>The table has a title, artist, duration, added (when it reached your stream) and access column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table has a title, artist, duration, genre and access column (preview or blocked; empty when playable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN is a playlist&apos;s, as &quot;playlists --json&quot; shows it: soundcloud:playlists:123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a playlist&apos;s URN; they look like soundcloud:playlists:123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN is a track&apos;s, as &quot;--json&quot; lists show it: soundcloud:tracks:123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a track&apos;s URN; they look like soundcloud:tracks:123.</source>
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
    <message>
        <source>The password was changed elsewhere meanwhile. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waveshelf&apos;s key for your SoundCloud connection is missing or damaged, so the connection cannot be opened. Nothing was changed or deleted: restore the database from a backup, or ask for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account was changed elsewhere meanwhile. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersAddCommand</name>
    <message>
        <source>Create a local user (asks for a new password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters. At a terminal it is asked twice; with --password-stdin it is the first line of standard input.</source>
        <translation>
            <numerusform>The password needs at least %Ln character. At a terminal it is asked twice; with --password-stdin it is the first line of standard input.</numerusform>
            <numerusform>The password needs at least %Ln characters. At a terminal it is asked twice; with --password-stdin it is the first line of standard input.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Waveshelf password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the local user %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersListCommand</name>
    <message>
        <source>List the local users and the SoundCloud account each connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOUNDCLOUD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no local users yet. Add one with: %1 users add NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (connected elsewhere: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPasswdCommand</name>
    <message>
        <source>Asks for the current password, then the new one twice. With --password-stdin, standard input holds the current password on its first line and the new one on the second.
A forgotten password cannot be recovered: nobody can read that user&apos;s saved SoundCloud connection without it. Create a new user and connect again instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current Waveshelf password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a local user&apos;s password; the connection is kept and its sign-in renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed the SoundCloud sign-in: the one from before the change no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SoundCloud sign-in could not be renewed now; Waveshelf renews it the next time it reaches SoundCloud.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersRemoveCommand</name>
    <message>
        <source>Delete a local user and their SoundCloud connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is deleted on SoundCloud. The user&apos;s browser profile folder goes too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waveshelf password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the local user %1.</source>
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
    <name>WhoamiCommand</name>
    <message>
        <source>Show the SoundCloud account a local user is connected to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
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
        <source>Give --help or --version on their own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::AccountButton</name>
    <message>
        <source>Your SoundCloud connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud: %1 (reconnect needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud: %1 (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::AccountService</name>
    <message>
        <source>Please enter a username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A username can have at most %n characters.</source>
        <translation>
            <numerusform>A username can have at most %Ln character.</numerusform>
            <numerusform>A username can have at most %Ln characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>A username cannot contain control characters or invisible formatting characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>A password needs at least %Ln character.</numerusform>
            <numerusform>A password needs at least %Ln characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter your username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Too many failed attempts. Wait %Ln second, then try again.</numerusform>
            <numerusform>Too many failed attempts. Wait %Ln seconds, then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waveshelf::AccountSettingsPage</name>
    <message>
        <source>Log in to change your password or your SoundCloud connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to Waveshelf as %1.</source>
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
    <name>waveshelf::BrowserWaitView</name>
    <message>
        <source>Open the page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to approve Waveshelf in your web browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel signing in with the web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your web browser shows SoundCloud&apos;s sign-in page. Approve Waveshelf there, then come back here. Waveshelf listens on this computer only (port %1) for SoundCloud&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the connection with SoundCloud…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stay connected to SoundCloud: Waveshelf renews your SoundCloud sign-in and locks it with the new password, so the old password opens nothing that still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed, and your SoundCloud sign-in renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed. Your SoundCloud sign-in is renewed the next time Waveshelf reaches SoundCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::CollectionPane</name>
    <message>
        <source>Choose a person to see their tracks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a playlist to see its tracks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete playlist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playlist actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::ConnectController</name>
    <message>
        <source>No SoundCloud app is set up yet. Enter your app&apos;s client ID in Waveshelf&apos;s File → Settings (or set WAVESHELF_CLIENT_ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waveshelf&apos;s own sign-in window is not available here. Sign in with your web browser instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waveshelf could not open your web browser. Check that a default web browser is set up, or connect in Waveshelf&apos;s own window instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waveshelf could not open your web browser. Check that a default web browser is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to SoundCloud was cancelled. Nothing was changed.</source>
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
    <message>
        <source>Having trouble? Sign in with your web browser instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::ConnectPromptView</name>
    <message>
        <source>Connect to SoundCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your web browser instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Waveshelf to your SoundCloud account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waveshelf opens SoundCloud&apos;s sign-in page in a small window. Approve Waveshelf there once; after that your library is here whenever you log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waveshelf opens SoundCloud&apos;s sign-in page in your web browser. Approve Waveshelf there once; after that your library is here whenever you log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your web browser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::FilterBox</name>
    <message>
        <source>Filter by title, artist or genre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::FirstRunPage</name>
    <message>
        <source>Welcome to Waveshelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign in to SoundCloud, Waveshelf needs a SoundCloud app: a name and a client ID that SoundCloud gives to programs. Choose how to start. This is set once for everyone who uses Waveshelf on this computer; each person then logs in with their own Waveshelf account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Waveshelf with the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox is a small SoundCloud look-alike that runs on this computer, with example accounts: sign in there as alice with the password alice-password. Nothing goes to SoundCloud and nothing about the sandbox is saved: it stops when you quit Waveshelf, and you choose again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try with the sand&amp;box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try with the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your own SoundCloud app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change this later in File → Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox is running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::FollowController</name>
    <message>
        <source>Unfollow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You follow %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You no longer follow %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::LibraryBrowser</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::LibraryCacheBox</name>
    <message>
        <source>Library cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library cache size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most each user&apos;s offline library may take; beyond it the lists not opened for the longest go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the library cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the library cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Li&amp;mit per user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is logged in. Log in to see how much your library cache takes and to clear it; the limit applies to every user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of your library cache is not known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit: %1 per user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring your library cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 used of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library cache was not cleared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared: %1 freed. Your library loads from SoundCloud again when you open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared: your library cache is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::LibraryPage</name>
    <message>
        <source>Finishing the connection with SoundCloud…</source>
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
        <source>Replace the SoundCloud account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed in to SoundCloud as %1, but Waveshelf has you connected as %2.

Connect %1 instead? Waveshelf then forgets the connection to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to approve Waveshelf in your web browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this your SoundCloud account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your web browser signed in to SoundCloud as %1.

Connect Waveshelf to this account? Choose “Connect” only if %1 is your account: someone else on this computer could have finished the sign-in with theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do Not Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::LibrarySidebar</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playlists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently played</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::LikeController</name>
    <message>
        <source>Removed “%1” from your likes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1” to your likes.</source>
        <translation type="unfinished"></translation>
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
            <numerusform>At least %Ln character</numerusform>
            <numerusform>At least %Ln characters</numerusform>
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
    <message>
        <source>Forgot your password? It cannot be recovered, because it also locks your SoundCloud connection. Create a new account and connect SoundCloud again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::LoopbackReceiver</name>
    <message numerus="yes">
        <source>Waveshelf stopped waiting for your web browser after %n minute(s). Nothing was changed; start again when you are ready.</source>
        <translation>
            <numerusform>Waveshelf stopped waiting for your web browser after %Ln minute. Nothing was changed; start again when you are ready.</numerusform>
            <numerusform>Waveshelf stopped waiting for your web browser after %Ln minutes. Nothing was changed; start again when you are ready.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waveshelf stopped waiting for your web browser. Nothing was changed; start again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in with your web browser needs a redirect URI of the form http://127.0.0.1:PORT/callback, but it is set to %1. Change it in File → Settings (and in your SoundCloud app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in with your web browser needs a redirect URI on this computer (http://127.0.0.1:PORT/…), but it points to %1. Change it in File → Settings (and in your SoundCloud app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI %1 has no port number; Waveshelf needs one (for example http://127.0.0.1:8765/callback) to receive the answer from your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waveshelf is already waiting for your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in attempt cannot be checked; please start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using port %1 on this computer, so Waveshelf cannot receive the answer from your web browser. Close that program and try again, or change the redirect URI in File → Settings (and in your SoundCloud app) to another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waveshelf could not listen on port %1 on this computer to receive the answer from your web browser. Try again, or change the redirect URI in File → Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cancelled signing in with your web browser. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waveshelf could not read this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing at this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address only answers GET requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waveshelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address only receives SoundCloud&apos;s answer for Waveshelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in — Waveshelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab and return to Waveshelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waveshelf received SoundCloud&apos;s answer and is finishing the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in answer is out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not belong to the sign-in Waveshelf is waiting for. Return to Waveshelf and continue from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined — Waveshelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. You can close this tab and return to Waveshelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected — Waveshelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud did not approve the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab and return to Waveshelf to try again.</source>
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
    <message>
        <source>Change &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the sandbox for this session; saved only if you change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to SoundCloud.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::MessageBar</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::MprisService</name>
    <message>
        <source>The desktop&apos;s media controls (MPRIS) are not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::OfflineBanner</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — showing your library from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — showing your saved library</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>waveshelf::OwnAppForm</name>
    <message>
        <source>1. Sign in at &lt;a href=&quot;https://soundcloud.com/you/apps&quot;&gt;soundcloud.com/you/apps&lt;/a&gt; and register a new app (any name, such as “Waveshelf on my computer”).&lt;br&gt;2. Enter this redirect URI for the app there, exactly as shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Copy the app&apos;s client ID (and its client secret, if it shows one) here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client secret is set in the environment variable WAVESHELF_CLIENT_SECRET: Waveshelf uses it and does not store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most apps work without one. A secret you enter is kept in the system keyring, never in Waveshelf&apos;s settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that SoundCloud&apos;s sign-in and token addresses answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and co&amp;ntinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your app&apos;s client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything answers: save and continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID is saved. Press “Save and continue” again to go on without the secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::PlaceHeader</name>
    <message>
        <source>&amp;Play all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;huffle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You follow them; click to unfollow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow them on SoundCloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::PlayQueue</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now playing: %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::PlaybackSettingsPage</name>
    <message>
        <source>Audio &amp;output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Waveshelf plays. A change applies the next time you log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::PlaybackUi</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play/Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link at Current Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no SoundCloud link to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is playing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the link to “%1” at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::PlayerBar</name>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3</source>
        <comment>hours:minutes:seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2</source>
        <comment>minutes:seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat: one track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: only 30 seconds of this track play.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::PlayerController</name>
    <message>
        <source>Only a preview of “%1” can be played with your SoundCloud account; Waveshelf plays the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Skipped to the next track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be played.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::PlaylistController</name>
    <message>
        <source>New playlist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your playlists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your playlists could not be read; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%Ln track</numerusform>
            <numerusform>%Ln tracks</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding to “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has this track already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has these tracks already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the new playlist (private; you can share it on SoundCloud):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created “%1” with %n track(s).</source>
        <translation>
            <numerusform>Created “%1” with %Ln track.</numerusform>
            <numerusform>Created “%1” with %Ln tracks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n track(s) from “%1”.</source>
        <translation>
            <numerusform>Removed %Ln track from “%1”.</numerusform>
            <numerusform>Removed %Ln tracks from “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved tracks in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New title of “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? Its tracks stay on SoundCloud; the playlist, its link and its likes go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is back, with a new link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::PlaylistListModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::PlaylistTrackActions</name>
    <message>
        <source>Remove from playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the playlist in its own order (no sorting, no filter) to move tracks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::QueueItemDelegate</name>
    <message>
        <source>Now playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::QueueView</name>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected track up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected track down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected track from the queue (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every track from the queue but the one playing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::SandboxProcess</name>
    <message>
        <source>Waveshelf could not find the SoundCloud sandbox (the program waveshelf-sandbox), which is not part of the Waveshelf package. Install the package waveshelf-sandbox, or build Waveshelf from its source code (scripts/run.sh), where the sandbox is built beside the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SoundCloud sandbox could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SoundCloud sandbox stopped before it was ready (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SoundCloud sandbox stopped (exit code %1). Quit and start Waveshelf again to try it once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The SoundCloud sandbox did not start within %n second(s).</source>
        <translation>
            <numerusform>The SoundCloud sandbox did not start within %Ln second.</numerusform>
            <numerusform>The SoundCloud sandbox did not start within %Ln seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SoundCloud sandbox did not say where it listens: it may be from another version of Waveshelf.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::SearchField</name>
    <message>
        <source>Search SoundCloud</source>
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
        <source>The client secret is not set here: Waveshelf reads it from the environment variable WAVESHELF_CLIENT_SECRET or from the system keyring (where the first-run guide keeps it), and never writes it to the settings file. Most people do not need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waveshelf speaks the language chosen here from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL database shared by several computers, as postgresql://user@server/database. The password is read from ~/.pgpass or PGPASSWORD, never from here. Used from the next start. The server keeps each local user&apos;s name, Argon2id password hash and vault salt, and the SoundCloud tokens and library only as sealed blobs that the user&apos;s password opens. A server on another computer is reached over TLS with its certificate checked (sslmode=verify-full, with the certificate authority in ~/.postgresql/root.crt) unless the URL names another sslmode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
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
    <name>waveshelf::StreamResolver</name>
    <message>
        <source>SoundCloud no longer has “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud does not allow “%1” to be played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud did not accept the request right now; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud offers no stream of “%1” that Waveshelf can play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud sent the stream of “%1” in a way Waveshelf cannot play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud sent the stream of “%1” to an address Waveshelf does not play from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::TrackItemDelegate</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: SoundCloud does not play this track in your country or on your plan</source>
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
    <message>
        <source>Blocked: SoundCloud does not play this track in your country or on your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: only a short part of this track plays on your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liked: click to unlike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not liked: click to like</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::TrackTableView</name>
    <message>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on SoundCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to artist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related tracks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waveshelf::UserListModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
