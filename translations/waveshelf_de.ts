<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiClient</name>
    <message>
        <source>SoundCloud pointed Waveshelf to another server; the request was not sent.</source>
        <translation>SoundCloud hat Waveshelf an einen anderen Server verwiesen; die Anfrage wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>SoundCloud did not accept the request right now; try again.</source>
        <translation>SoundCloud hat die Anfrage gerade nicht angenommen. Bitte versuch es noch einmal.</translation>
    </message>
</context>
<context>
    <name>ApiJson</name>
    <message>
        <source>SoundCloud sent an answer Waveshelf cannot read. Try again later.</source>
        <translation>SoundCloud hat eine Antwort gesendet, die Waveshelf nicht lesen kann. Versuch es später noch einmal.</translation>
    </message>
    <message>
        <source>SoundCloud no longer accepts this connection. Please reconnect.</source>
        <translation>SoundCloud akzeptiert diese Verbindung nicht mehr. Bitte verbinde dich neu.</translation>
    </message>
    <message>
        <source>SoundCloud asks Waveshelf to wait until %1 before trying again.</source>
        <translation>SoundCloud bittet Waveshelf, bis %1 mit einem neuen Versuch zu warten.</translation>
    </message>
    <message>
        <source>SoundCloud is busy right now; try again in a moment.</source>
        <translation>SoundCloud ist gerade ausgelastet. Versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>SoundCloud is unreachable, try again.</source>
        <translation>SoundCloud ist nicht erreichbar. Versuch es noch einmal.</translation>
    </message>
    <message>
        <source>SoundCloud could not find what was asked for.</source>
        <translation>SoundCloud konnte das Angeforderte nicht finden.</translation>
    </message>
    <message>
        <source>SoundCloud refused the request (error %1). Try again later.</source>
        <translation>SoundCloud hat die Anfrage abgelehnt (Fehler %1). Versuch es später noch einmal.</translation>
    </message>
    <message>
        <source>SoundCloud refused this request.</source>
        <translation>SoundCloud hat diese Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>SoundCloud refused this request: “%1”</source>
        <translation>SoundCloud hat diese Anfrage abgelehnt: „%1“</translation>
    </message>
</context>
<context>
    <name>ArtworkCacheFolder</name>
    <message>
        <source>The artwork cache folder %1 is not yours, so Waveshelf does not keep your artwork there.</source>
        <translation>Der Cache-Ordner für Cover %1 gehört nicht dir, daher speichert Waveshelf deine Cover dort nicht.</translation>
    </message>
</context>
<context>
    <name>AuthorizedGet</name>
    <message>
        <source>SoundCloud pointed Waveshelf to another server; the request was not sent.</source>
        <translation>SoundCloud hat Waveshelf an einen anderen Server verwiesen; die Anfrage wurde nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>BrowserProfileFolder</name>
    <message>
        <source>The browser profile folder %1 is not yours, so Waveshelf does not keep your SoundCloud sign-in there.</source>
        <translation>Der Browser-Profilordner %1 gehört nicht dir, daher speichert Waveshelf deine SoundCloud-Anmeldung dort nicht.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>%1 never takes a password on the command line, where other users and the shell history could see it. Type it when asked, or give it on standard input with --password-stdin.</source>
        <translation>%1 nimmt nie ein Passwort in der Befehlszeile entgegen, wo andere Benutzer und der Shell-Verlauf es sehen könnten. Gib es ein, wenn danach gefragt wird, oder übergib es mit --password-stdin über die Standardeingabe.</translation>
    </message>
    <message>
        <source>List a local user&apos;s own SoundCloud tracks.</source>
        <translation>Die eigenen SoundCloud-Tracks eines lokalen Benutzers auflisten.</translation>
    </message>
    <message>
        <source>List the tracks a local user liked.</source>
        <translation>Die Tracks auflisten, die ein lokaler Benutzer mit „Gefällt mir“ markiert hat.</translation>
    </message>
    <message>
        <source>Waveshelf from a terminal: local users, their SoundCloud connection and their library, with the app&apos;s settings and database.</source>
        <translation>Waveshelf im Terminal: lokale Benutzer, ihre SoundCloud-Verbindung und ihre Bibliothek, mit den Einstellungen und der Datenbank der App.</translation>
    </message>
    <message>
        <source>What to do; see the list below.</source>
        <translation>Was zu tun ist; siehe Liste unten.</translation>
    </message>
    <message>
        <source>There is no command &quot;users %1&quot;.</source>
        <translation>Es gibt keinen Befehl „users %1“.</translation>
    </message>
    <message>
        <source>There is no command &quot;%1&quot;.</source>
        <translation>Es gibt keinen Befehl „%1“.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source> [--data-dir DIR] &lt;command&gt; [options]</source>
        <translation> [--data-dir ORDNER] &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>&quot;%1 &lt;command&gt; --help&quot; tells more about a command.</source>
        <translation>„%1 &lt;Befehl&gt; --help“ erklärt einen Befehl genauer.</translation>
    </message>
    <message>
        <source>Settings and environment variables are the app&apos;s: WAVESHELF_DATA_DIR, WAVESHELF_CLIENT_ID, WAVESHELF_CLIENT_SECRET, WAVESHELF_REDIRECT_URI, WAVESHELF_AUTHORIZE_URL, WAVESHELF_TOKEN_URL, WAVESHELF_API_URL.</source>
        <translation>Einstellungen und Umgebungsvariablen sind die der App: WAVESHELF_DATA_DIR, WAVESHELF_CLIENT_ID, WAVESHELF_CLIENT_SECRET, WAVESHELF_REDIRECT_URI, WAVESHELF_AUTHORIZE_URL, WAVESHELF_TOKEN_URL, WAVESHELF_API_URL.</translation>
    </message>
    <message>
        <source> &lt;command&gt; [options]</source>
        <translation> &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source> [options]</source>
        <translation> [Optionen]</translation>
    </message>
    <message>
        <source>Passwords: asked at the terminal (not shown as you type), or read from standard input with --password-stdin, one per line. Never taken from the command line.</source>
        <translation>Passwörter: werden im Terminal abgefragt (ohne Anzeige beim Tippen) oder mit --password-stdin von der Standardeingabe gelesen, eines pro Zeile. Nie aus der Befehlszeile.</translation>
    </message>
    <message>
        <source>Exit codes:
  0  done
  1  another error (database, files, a sign-in that was declined...)
  2  usage: the command line or the password input is not right
  3  not connected to SoundCloud, or SoundCloud wants you to reconnect
  4  SoundCloud is unreachable or busy (time-outs, server errors, 429): try again later
  5  wrong password or unknown user</source>
        <translation>Rückgabewerte:
  0  erledigt
  1  ein anderer Fehler (Datenbank, Dateien, eine abgelehnte Anmeldung …)
  2  Aufruf: die Befehlszeile oder die Passworteingabe stimmt nicht
  3  nicht mit SoundCloud verbunden, oder SoundCloud verlangt eine neue Verbindung
  4  SoundCloud ist nicht erreichbar oder ausgelastet (Zeitüberschreitungen, Serverfehler, 429): später erneut versuchen
  5  falsches Passwort oder unbekannter Benutzer</translation>
    </message>
    <message>
        <source>List a local user&apos;s stream (what the people they follow post).</source>
        <translation>Den Stream eines lokalen Benutzers auflisten (was die Personen posten, denen er folgt).</translation>
    </message>
    <message>
        <source>List the tracks of one playlist.</source>
        <translation>Die Tracks einer Playlist auflisten.</translation>
    </message>
    <message>
        <source>List the tracks a local user played last.</source>
        <translation>Die Tracks auflisten, die ein lokaler Benutzer zuletzt abgespielt hat.</translation>
    </message>
    <message>
        <source>List the tracks SoundCloud relates to one.</source>
        <translation>Die Tracks auflisten, die SoundCloud mit einem Track verbindet.</translation>
    </message>
</context>
<context>
    <name>ClientSecretStore</name>
    <message>
        <source>The system keyring did not let Waveshelf use the client secret (access was denied). You can set it in the environment variable WAVESHELF_CLIENT_SECRET instead.</source>
        <translation>Der Schlüsselbund des Systems hat Waveshelf nicht erlaubt, das Client-Secret zu verwenden (Zugriff verweigert). Du kannst es stattdessen in der Umgebungsvariablen WAVESHELF_CLIENT_SECRET festlegen.</translation>
    </message>
    <message>
        <source>No keyring service is running on this computer (such as GNOME Keyring or KWallet), so Waveshelf cannot keep a client secret. If your SoundCloud app needs one, set the environment variable WAVESHELF_CLIENT_SECRET before starting Waveshelf; it is never written to disk.</source>
        <translation>Auf diesem Computer läuft kein Schlüsselbunddienst (etwa GNOME Keyring oder KWallet), daher kann Waveshelf kein Client-Secret aufbewahren. Wenn deine SoundCloud-App eines braucht, setze die Umgebungsvariable WAVESHELF_CLIENT_SECRET, bevor du Waveshelf startest; es wird nie auf den Datenträger geschrieben.</translation>
    </message>
    <message>
        <source>Waveshelf&apos;s settings say your SoundCloud app&apos;s client secret is in the system keyring, but it is not there any more. Set the environment variable WAVESHELF_CLIENT_SECRET, or enter the secret again in the first-run guide (clear the client ID in File → Settings… to see it again).</source>
        <translation>Laut den Einstellungen von Waveshelf liegt das Client-Secret deiner SoundCloud-App im Schlüsselbund des Systems, doch dort ist es nicht mehr. Setze die Umgebungsvariable WAVESHELF_CLIENT_SECRET oder gib das Secret im Einrichtungsassistenten erneut ein (leere die Client-ID unter Datei → Einstellungen…, damit er wieder erscheint).</translation>
    </message>
</context>
<context>
    <name>CommonOptions</name>
    <message>
        <source>Use the Waveshelf data folder &lt;dir&gt; (default: $WAVESHELF_DATA_DIR, else the app&apos;s own).</source>
        <translation>Den Waveshelf-Datenordner &lt;ordner&gt; verwenden (Standard: $WAVESHELF_DATA_DIR, sonst der Ordner der App).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>ordner</translation>
    </message>
    <message>
        <source>Show Waveshelf&apos;s log messages on standard error.</source>
        <translation>Die Protokollmeldungen von Waveshelf auf der Standardfehlerausgabe zeigen.</translation>
    </message>
    <message>
        <source>The local Waveshelf user &lt;name&gt;.</source>
        <translation>Der lokale Waveshelf-Benutzer &lt;name&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Read the password from standard input (its first line) instead of asking.</source>
        <translation>Das Passwort von der Standardeingabe lesen (ihre erste Zeile), statt danach zu fragen.</translation>
    </message>
    <message>
        <source>Print JSON for machines instead of a table.</source>
        <translation>JSON für Programme statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; items (default: all).</source>
        <translation>Höchstens &lt;n&gt; Einträge zeigen (Standard: alle).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Say which local user with --user NAME.</source>
        <translation>Gib den lokalen Benutzer mit --user NAME an.</translation>
    </message>
    <message>
        <source>--limit needs a whole number greater than 0.</source>
        <translation>--limit braucht eine ganze Zahl größer als 0.</translation>
    </message>
</context>
<context>
    <name>ConfigCheck</name>
    <message>
        <source>Please enter the %1.</source>
        <translation>Bitte gib die %1 ein.</translation>
    </message>
    <message>
        <source>The %1 must be a web address that starts with https:// or http://.</source>
        <translation>Die %1 muss eine Webadresse sein, die mit https:// oder http:// beginnt.</translation>
    </message>
    <message>
        <source>The %1 needs a server name after %2://, as in https://secure.soundcloud.com.</source>
        <translation>Die %1 braucht nach %2:// einen Servernamen, wie in https://secure.soundcloud.com.</translation>
    </message>
    <message>
        <source>The %1 cannot contain a user name or password (the part before “@”).</source>
        <translation>Die %1 darf keinen Benutzernamen und kein Passwort enthalten (den Teil vor „@“).</translation>
    </message>
    <message>
        <source>The %1 must start with https:// (plain http:// is only allowed for this computer, such as 127.0.0.1).</source>
        <translation>Die %1 muss mit https:// beginnen (einfaches http:// ist nur für diesen Computer erlaubt, etwa 127.0.0.1).</translation>
    </message>
    <message>
        <source>The %1 cannot contain a “#” part.</source>
        <translation>Die %1 darf keinen „#“-Teil enthalten.</translation>
    </message>
    <message>
        <source>The client ID cannot contain spaces.</source>
        <translation>Die Client-ID darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>The database URL must look like postgresql://user@server/database (or be empty for the database in the data folder).</source>
        <translation>Die Datenbank-URL muss wie postgresql://benutzer@server/datenbank aussehen (oder leer sein, für die Datenbank im Datenordner).</translation>
    </message>
    <message>
        <source>The database URL’s options (after “?”) may only contain letters, digits and _ . , : / + = -.</source>
        <translation>Die Optionen der Datenbank-URL (nach „?“) dürfen nur Buchstaben, Ziffern und _ . , : / + = - enthalten.</translation>
    </message>
    <message>
        <source>The database URL cannot contain a password. Put the password in ~/.pgpass (or PGPASSWORD), where PostgreSQL&apos;s own tools read it.</source>
        <translation>Die Datenbank-URL darf kein Passwort enthalten. Lege das Passwort in ~/.pgpass (oder PGPASSWORD) ab, wo auch die Programme von PostgreSQL es lesen.</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>Datenbank-URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <source>%1 in the settings file</source>
        <translation>%1 in der Einstellungsdatei</translation>
    </message>
    <message>
        <source>%1 is not used: “%2”. %3 Waveshelf uses %4 instead.</source>
        <translation>%1 wird nicht verwendet: „%2“. %3 Waveshelf verwendet stattdessen %4.</translation>
    </message>
    <message>
        <source>The settings file %1 is not used: it belongs to another user (%2), who could send your SoundCloud sign-in elsewhere with it. Waveshelf uses its defaults and the environment; saving the settings replaces the file.</source>
        <translation>Die Einstellungsdatei %1 wird nicht verwendet, denn sie gehört einem anderen Benutzer (%2), der damit deine SoundCloud-Anmeldung an einen anderen Ort umleiten könnte. Waveshelf verwendet seine Standardwerte und die Umgebung; beim Speichern der Einstellungen wird die Datei ersetzt.</translation>
    </message>
    <message>
        <source>The settings file %1 is not used: other users of this computer can change it (its permissions are %2), and so send your SoundCloud sign-in elsewhere. Waveshelf uses its defaults and the environment; saving the settings replaces the file.</source>
        <translation>Die Einstellungsdatei %1 wird nicht verwendet, denn andere Benutzer dieses Computers können sie ändern (ihre Berechtigungen sind %2) und so deine SoundCloud-Anmeldung an einen anderen Ort umleiten. Waveshelf verwendet seine Standardwerte und die Umgebung; beim Speichern der Einstellungen wird die Datei ersetzt.</translation>
    </message>
    <message>
        <source>Could not replace the settings file %1, which belongs to another user.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht ersetzt werden, da sie einem anderen Benutzer gehört.</translation>
    </message>
    <message>
        <source>Could not save the settings to %1.</source>
        <translation>Die Einstellungen konnten nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not create the data folder %1.</source>
        <translation>Der Datenordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Waveshelf does not use the data folder %1: it belongs to another user (%2), who could change its settings and send your SoundCloud sign-in elsewhere. Use a folder of your own (--data-dir or WAVESHELF_DATA_DIR).</source>
        <translation>Waveshelf verwendet den Datenordner %1 nicht, denn er gehört einem anderen Benutzer (%2), der seine Einstellungen ändern und deine SoundCloud-Anmeldung an einen anderen Ort umleiten könnte. Verwende einen eigenen Ordner (--data-dir oder WAVESHELF_DATA_DIR).</translation>
    </message>
    <message>
        <source>Waveshelf does not use the data folder %1: other users of this computer can change what is in it (its permissions are %2), and so send your SoundCloud sign-in elsewhere. Make it yours alone (chmod 700) or use another folder (--data-dir or WAVESHELF_DATA_DIR).</source>
        <translation>Waveshelf verwendet den Datenordner %1 nicht, denn andere Benutzer dieses Computers können seinen Inhalt ändern (seine Berechtigungen sind %2) und so deine SoundCloud-Anmeldung an einen anderen Ort umleiten. Mach ihn nur für dich zugänglich (chmod 700) oder verwende einen anderen Ordner (--data-dir oder WAVESHELF_DATA_DIR).</translation>
    </message>
    <message>
        <source>the database in its data folder</source>
        <translation>die Datenbank in seinem Datenordner</translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <source>y</source>
        <comment>the short yes of a y/N question</comment>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the long yes of a y/N question</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>Connect a local user to SoundCloud with your web browser.</source>
        <translation>Einen lokalen Benutzer über deinen Webbrowser mit SoundCloud verbinden.</translation>
    </message>
    <message>
        <source>Prints the address to open in your web browser, then waits for SoundCloud to send the browser back to the redirect URI (WAVESHELF_REDIRECT_URI, default http://127.0.0.1:8765/callback), which must be on this computer. If you sign in to another SoundCloud account than the one already connected, nothing is changed unless you give --replace. Before a first connection it shows the SoundCloud account you signed in to and asks whether it is yours (another user of this computer could see the address and sign in with theirs); --yes connects it without asking.</source>
        <translation>Gibt die Adresse aus, die du in deinem Webbrowser öffnest, und wartet dann, bis SoundCloud den Browser zur Weiterleitungs-URI zurückschickt (WAVESHELF_REDIRECT_URI, Standard: http://127.0.0.1:8765/callback), die auf diesem Computer liegen muss. Wenn du dich bei einem anderen SoundCloud-Konto anmeldest als dem bereits verbundenen, wird nichts geändert, außer du gibst --replace an. Vor einer ersten Verbindung zeigt der Befehl das SoundCloud-Konto, bei dem du dich angemeldet hast, und fragt, ob es deines ist (ein anderer Benutzer dieses Computers könnte die Adresse sehen und sich mit seinem Konto anmelden); --yes verbindet es ohne Nachfrage.</translation>
    </message>
    <message>
        <source>Sign in with your web browser (the only way from a terminal).</source>
        <translation>Mit deinem Webbrowser anmelden (der einzige Weg im Terminal).</translation>
    </message>
    <message>
        <source>Replace the connected SoundCloud account if you sign in to a different one.</source>
        <translation>Das verbundene SoundCloud-Konto ersetzen, wenn du dich bei einem anderen anmeldest.</translation>
    </message>
    <message>
        <source>Connect the SoundCloud account you sign in to without asking whether it is yours.</source>
        <translation>Das SoundCloud-Konto, bei dem du dich anmeldest, verbinden, ohne zu fragen, ob es deines ist.</translation>
    </message>
    <message>
        <source>Stop waiting for the browser after &lt;seconds&gt; (default %1).</source>
        <translation>Nach &lt;sekunden&gt; nicht mehr auf den Browser warten (Standard: %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunden</translation>
    </message>
    <message>
        <source>From a terminal, connecting works through your web browser: add --browser.</source>
        <translation>Im Terminal funktioniert das Verbinden über deinen Webbrowser. Füge --browser hinzu.</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds greater than 0.</source>
        <translation>--timeout braucht eine ganze Zahl von Sekunden größer als 0.</translation>
    </message>
    <message>
        <source>After you sign in, Waveshelf asks at the terminal whether the SoundCloud account is yours, but standard input is not a terminal. Run the command at a terminal, or add --yes to connect the account that signs in without asking.</source>
        <translation>Nach der Anmeldung fragt Waveshelf im Terminal, ob das SoundCloud-Konto deines ist, aber die Standardeingabe ist kein Terminal. Führe den Befehl in einem Terminal aus, oder füge --yes hinzu, um das angemeldete Konto ohne Nachfrage zu verbinden.</translation>
    </message>
    <message>
        <source>Open this address in your web browser to connect %1 to SoundCloud:</source>
        <translation>Öffne diese Adresse in deinem Webbrowser, um %1 mit SoundCloud zu verbinden:</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for your browser (at most %n second(s); Ctrl+C stops)…</source>
        <translation>
            <numerusform>Warte auf deinen Browser (höchstens %Ln Sekunde; Strg+C bricht ab)…</numerusform>
            <numerusform>Warte auf deinen Browser (höchstens %Ln Sekunden; Strg+C bricht ab)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Your browser came back; finishing the connection…</source>
        <translation>Dein Browser ist zurück; die Verbindung wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Your browser signed in to SoundCloud as %1; connecting it (--yes).</source>
        <translation>Dein Browser hat sich bei SoundCloud als %1 angemeldet; das Konto wird verbunden (--yes).</translation>
    </message>
    <message>
        <source>Your browser signed in to SoundCloud as %1. Connect %2 to this account? Answer y only if it is yours: another user of this computer could have signed in with theirs. [y/N] </source>
        <translation>Dein Browser hat sich bei SoundCloud als %1 angemeldet. %2 mit diesem Konto verbinden? Antworte nur dann mit j, wenn es deines ist: Ein anderer Benutzer dieses Computers könnte sich mit seinem Konto angemeldet haben. [j/N] </translation>
    </message>
    <message>
        <source>Replacing the connection to %1 with %2.</source>
        <translation>Die Verbindung zu %1 wird durch %2 ersetzt.</translation>
    </message>
    <message>
        <source>You signed in to SoundCloud as %1, but %2 is connected to %3. Run again with --replace to replace it.</source>
        <translation>Du hast dich bei SoundCloud als %1 angemeldet, aber %2 ist mit %3 verbunden. Führe den Befehl mit --replace erneut aus, um die Verbindung zu ersetzen.</translation>
    </message>
    <message>
        <source>Connected %1 to SoundCloud as %2.</source>
        <translation>%1 ist jetzt als %2 mit SoundCloud verbunden.</translation>
    </message>
</context>
<context>
    <name>ConnectFlow</name>
    <message>
        <source>Not connected: you did not confirm the SoundCloud account %1, so nothing was saved.</source>
        <translation>Nicht verbunden: Du hast das SoundCloud-Konto %1 nicht bestätigt, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Kept your SoundCloud connection as it was; nothing was changed.</source>
        <translation>Deine SoundCloud-Verbindung bleibt, wie sie war; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The SoundCloud window was closed before the connection was finished. Nothing was changed.</source>
        <translation>Das SoundCloud-Fenster wurde geschlossen, bevor die Verbindung hergestellt war. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ConnectionRepository</name>
    <message>
        <source>This account is not connected to SoundCloud.</source>
        <translation>Dieses Konto ist nicht mit SoundCloud verbunden.</translation>
    </message>
    <message>
        <source>The SoundCloud connection was changed meanwhile. Please try again.</source>
        <translation>Die SoundCloud-Verbindung wurde inzwischen geändert. Bitte versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Your SoundCloud connection is being refreshed right now. Nothing was changed; please try again in a minute.</source>
        <translation>Deine SoundCloud-Verbindung wird gerade erneuert. Es wurde nichts geändert; bitte versuch es in einer Minute noch einmal.</translation>
    </message>
</context>
<context>
    <name>ConnectionStore</name>
    <message>
        <source>%1 is connected to SoundCloud outside the sandbox. The sandbox leaves that connection alone: try the sandbox as another local user.</source>
        <translation>%1 ist außerhalb der Sandbox mit SoundCloud verbunden. Die Sandbox lässt diese Verbindung unberührt: Probiere die Sandbox mit einem anderen lokalen Benutzer aus.</translation>
    </message>
    <message>
        <source>%1 is connected to another SoundCloud service (%2). Reconnect to use this one, or switch back to %2 in Settings.</source>
        <translation>%1 ist mit einem anderen SoundCloud-Dienst verbunden (%2). Verbinde dich neu, um diesen zu verwenden, oder stelle in den Einstellungen wieder %2 ein.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Run &quot;%1 --help&quot; for how to use it.</source>
        <translation>Mit „%1 --help“ erfährst du, wie es geht.</translation>
    </message>
</context>
<context>
    <name>CountText</name>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%Ln Track</numerusform>
            <numerusform>%Ln Tracks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n playlist(s)</source>
        <translation>
            <numerusform>%Ln Playlist</numerusform>
            <numerusform>%Ln Playlists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>No tracks found for “%1”.</source>
        <translation>Keine Tracks für „%1“ gefunden.</translation>
    </message>
    <message>
        <source>No playlists found for “%1”.</source>
        <translation>Keine Playlists für „%1“ gefunden.</translation>
    </message>
    <message>
        <source>No people found for “%1”.</source>
        <translation>Keine Personen für „%1“ gefunden.</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Hier ist noch nichts.</translation>
    </message>
    <message>
        <source>Offline: this list is not saved on this computer</source>
        <translation>Offline: Diese Liste ist auf diesem Computer nicht gespeichert</translation>
    </message>
    <message>
        <source>Offline: %1 saved on this computer</source>
        <translation>Offline: %1 auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 loaded; the rest could not be loaded</source>
        <translation>%1 geladen; der Rest konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Filtering, %1 loaded so far…</source>
        <translation>Filtern, bisher %1 geladen…</translation>
    </message>
    <message>
        <source>%1 loaded, more coming</source>
        <translation>%1 geladen, weitere folgen</translation>
    </message>
    <message>
        <source>%1 loaded; more as you scroll</source>
        <translation>%1 geladen; weitere beim Scrollen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n shown)</source>
        <translation>
            <numerusform>%1 (%Ln angezeigt)</numerusform>
            <numerusform>%1 (%Ln angezeigt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialCheck</name>
    <message>
        <source>The username or password is not correct.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Your saved data could not be unlocked. It may be damaged.</source>
        <translation>Deine gespeicherten Daten konnten nicht entsperrt werden. Vielleicht sind sie beschädigt.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not open the database %1. It may be in use by another program, damaged, or not a Waveshelf database.</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden. Vielleicht wird sie von einem anderen Programm verwendet, ist beschädigt oder keine Waveshelf-Datenbank.</translation>
    </message>
    <message>
        <source>The database %1 can be read by other users of this computer, and Waveshelf could not change that. Make the file yours (readable by you only), then start Waveshelf again.</source>
        <translation>Die Datenbank %1 kann von anderen Benutzern dieses Computers gelesen werden, und Waveshelf konnte das nicht ändern. Mach die Datei nur für dich lesbar und starte Waveshelf dann erneut.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Waveshelf. Please update Waveshelf to open it.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Version von Waveshelf geschrieben. Bitte aktualisiere Waveshelf, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Could not upgrade the database %1.</source>
        <translation>Die Datenbank %1 konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>The database is damaged: one of its keys has the wrong size.</source>
        <translation>Die Datenbank ist beschädigt: Einer ihrer Schlüssel hat die falsche Größe.</translation>
    </message>
</context>
<context>
    <name>DisconnectCommand</name>
    <message>
        <source>Forget a local user&apos;s SoundCloud connection (its tokens).</source>
        <translation>Die SoundCloud-Verbindung eines lokalen Benutzers vergessen (ihre Tokens).</translation>
    </message>
    <message>
        <source>Nothing changes on SoundCloud; connect again with &quot;connect --browser&quot;.</source>
        <translation>Auf SoundCloud ändert sich nichts; verbinde dich mit „connect --browser“ erneut.</translation>
    </message>
    <message>
        <source>%1 was not connected to SoundCloud.</source>
        <translation>%1 war nicht mit SoundCloud verbunden.</translation>
    </message>
    <message>
        <source>Disconnected %1 from SoundCloud.</source>
        <translation>Die Verbindung von %1 zu SoundCloud wurde getrennt.</translation>
    </message>
</context>
<context>
    <name>EndpointCheck</name>
    <message>
        <source>The %1 does not answer: nothing listens at %2 (connection refused).</source>
        <translation>Die %1 antwortet nicht: Unter %2 ist kein Dienst erreichbar (Verbindung abgelehnt).</translation>
    </message>
    <message>
        <source>The %1 does not answer: the server name %2 is not known.</source>
        <translation>Die %1 antwortet nicht: Der Servername %2 ist unbekannt.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 does not answer: %2 said nothing within %n second(s).</source>
        <translation>
            <numerusform>Die %1 antwortet nicht: %2 hat binnen %Ln Sekunde nicht geantwortet.</numerusform>
            <numerusform>Die %1 antwortet nicht: %2 hat binnen %Ln Sekunden nicht geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 does not answer: a secure connection to %2 could not be made.</source>
        <translation>Die %1 antwortet nicht: Es konnte keine sichere Verbindung zu %2 hergestellt werden.</translation>
    </message>
    <message>
        <source>The %1 does not answer: %2 could not be reached.</source>
        <translation>Die %1 antwortet nicht: %2 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The %1 has a problem on its side (HTTP %2). Try again later, or check the address.</source>
        <translation>Die %1 hat ein Problem auf ihrer Seite (HTTP %2). Versuch es später noch einmal oder prüfe die Adresse.</translation>
    </message>
    <message>
        <source>The %1 answers, but refuses this app (“%2”): check the client ID and that the redirect URI is registered for your app exactly as shown.</source>
        <translation>Die %1 antwortet, lehnt aber diese App ab („%2“): Prüfe die Client-ID und ob die Weiterleitungs-URI genau wie angezeigt für deine App registriert ist.</translation>
    </message>
    <message>
        <source>The %1 answers (it sends the browser on to sign in).</source>
        <translation>Die %1 antwortet (sie leitet den Browser zur Anmeldung weiter).</translation>
    </message>
    <message>
        <source>The %1 answers, but refuses this app (HTTP %2): check the client ID and that the redirect URI is registered for your app exactly as shown.</source>
        <translation>Die %1 antwortet, lehnt aber diese App ab (HTTP %2): Prüfe die Client-ID und ob die Weiterleitungs-URI genau wie angezeigt für deine App registriert ist.</translation>
    </message>
    <message>
        <source>The %1 answers (it shows a sign-in page).</source>
        <translation>Die %1 antwortet (sie zeigt eine Anmeldeseite).</translation>
    </message>
    <message>
        <source>The %1 has no sign-in page at this address (HTTP %2): check the address.</source>
        <translation>Die %1 führt an dieser Adresse zu keiner Anmeldeseite (HTTP %2): Prüfe die Adresse.</translation>
    </message>
    <message>
        <source>The %1 answers, but does not accept this client ID (or client secret): check them on your app&apos;s page.</source>
        <translation>Die %1 antwortet, akzeptiert aber diese Client-ID (oder dieses Client-Secret) nicht: Prüfe beides auf der Seite deiner App.</translation>
    </message>
    <message>
        <source>The %1 answers, but asks to slow down (too many requests): wait a minute before connecting.</source>
        <translation>Die %1 antwortet, bittet aber um eine Pause (zu viele Anfragen): Warte eine Minute, bevor du dich verbindest.</translation>
    </message>
    <message>
        <source>The %1 answers (it turned down a made-up sign-in code, as it should).</source>
        <translation>Die %1 antwortet (sie hat einen erfundenen Anmeldecode abgelehnt, wie es sein soll).</translation>
    </message>
    <message>
        <source>The %1 answers with a web page instead of SoundCloud&apos;s token answer (HTTP %2): check the address.</source>
        <translation>Die %1 antwortet mit einer Webseite statt mit der Token-Antwort von SoundCloud (HTTP %2): Prüfe die Adresse.</translation>
    </message>
    <message>
        <source>The %1 gives an answer SoundCloud&apos;s token endpoint would not (HTTP %2): check the address.</source>
        <translation>Die %1 gibt eine Antwort, die der Token-Dienst von SoundCloud nicht geben würde (HTTP %2): Prüfe die Adresse.</translation>
    </message>
    <message>
        <source>Please enter the client ID first.</source>
        <translation>Bitte gib zuerst die Client-ID ein.</translation>
    </message>
</context>
<context>
    <name>FollowClient</name>
    <message>
        <source>This is not a SoundCloud user.</source>
        <translation>Das ist kein SoundCloud-Konto.</translation>
    </message>
    <message>
        <source>SoundCloud no longer has %1&apos;s account.</source>
        <translation>SoundCloud hat das Konto von %1 nicht mehr.</translation>
    </message>
    <message>
        <source>SoundCloud did not let you follow %1: most likely you follow as many people as it allows. Unfollow someone first.</source>
        <translation>SoundCloud lässt dich %1 nicht folgen: Wahrscheinlich folgst du schon so vielen, wie SoundCloud erlaubt. Entfolge zuerst jemandem.</translation>
    </message>
    <message>
        <source>SoundCloud did not save that you follow %1.</source>
        <translation>SoundCloud hat nicht gespeichert, dass du %1 folgst.</translation>
    </message>
    <message>
        <source>SoundCloud did not stop you following %1.</source>
        <translation>SoundCloud hat nicht gespeichert, dass du %1 nicht mehr folgst.</translation>
    </message>
</context>
<context>
    <name>FollowCommand</name>
    <message>
        <source>Follow a person on SoundCloud (soundcloud:users:123).</source>
        <translation>Einer Person auf SoundCloud folgen (soundcloud:users:123).</translation>
    </message>
    <message>
        <source>Stop following a person on SoundCloud.</source>
        <translation>Einer Person auf SoundCloud nicht mehr folgen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user urn (soundcloud:users:123).</source>
        <translation>„%1“ ist keine Benutzer-URN (soundcloud:users:123).</translation>
    </message>
    <message>
        <source>You follow %1.</source>
        <translation>Du folgst %1.</translation>
    </message>
    <message>
        <source>You no longer follow %1.</source>
        <translation>Du folgst %1 nicht mehr.</translation>
    </message>
</context>
<context>
    <name>FollowingCommand</name>
    <message>
        <source>List the people a local user follows on SoundCloud.</source>
        <translation>Die Personen auflisten, denen ein lokaler Benutzer auf SoundCloud folgt.</translation>
    </message>
    <message>
        <source>The table has a username, name, city, tracks and followers column.</source>
        <translation>Die Tabelle hat die Spalten Benutzername, Name, Ort, Tracks und Follower.</translation>
    </message>
</context>
<context>
    <name>HttpReply</name>
    <message>
        <source>SoundCloud did not answer in time. Check your connection and try again.</source>
        <translation>SoundCloud hat nicht rechtzeitig geantwortet. Prüfe deine Verbindung und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>A secure connection to SoundCloud could not be made. Nothing was sent; check your network, clock and proxy.</source>
        <translation>Es konnte keine sichere Verbindung zu SoundCloud hergestellt werden. Es wurde nichts gesendet; prüfe Netzwerk, Uhrzeit und Proxy.</translation>
    </message>
    <message>
        <source>SoundCloud is unreachable, try again.</source>
        <translation>SoundCloud ist nicht erreichbar. Versuch es noch einmal.</translation>
    </message>
</context>
<context>
    <name>LibraryPlace</name>
    <message>
        <source>Your playlists</source>
        <translation>Deine Playlists</translation>
    </message>
    <message>
        <source>Liked playlists</source>
        <translation>Playlists mit „Gefällt mir“</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Suche: %1</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Playlists</source>
        <translation>Playlists</translation>
    </message>
    <message>
        <source>Related to “%1”</source>
        <translation>Ähnlich wie „%1“</translation>
    </message>
</context>
<context>
    <name>LikeClient</name>
    <message>
        <source>This is not a SoundCloud track.</source>
        <translation>Das ist kein SoundCloud-Track.</translation>
    </message>
    <message>
        <source>This is not a SoundCloud playlist.</source>
        <translation>Das ist keine SoundCloud-Playlist.</translation>
    </message>
    <message>
        <source>SoundCloud no longer has this track, so the like was not changed.</source>
        <translation>SoundCloud hat diesen Track nicht mehr, daher wurde das Like nicht geändert.</translation>
    </message>
    <message>
        <source>SoundCloud no longer has this playlist, so the like was not changed.</source>
        <translation>SoundCloud hat diese Playlist nicht mehr, daher wurde das Like nicht geändert.</translation>
    </message>
    <message>
        <source>SoundCloud did not save your like.</source>
        <translation>SoundCloud hat dein Like nicht gespeichert.</translation>
    </message>
    <message>
        <source>SoundCloud did not remove your like.</source>
        <translation>SoundCloud hat dein Like nicht entfernt.</translation>
    </message>
</context>
<context>
    <name>ListPrinter</name>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>ARTIST</source>
        <translation>KÜNSTLER</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>ADDED</source>
        <translation>HINZUGEFÜGT</translation>
    </message>
    <message>
        <source>GENRE</source>
        <translation>GENRE</translation>
    </message>
    <message>
        <source>ACCESS</source>
        <translation>ZUGANG</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s).</source>
        <translation>
            <numerusform>%Ln Track.</numerusform>
            <numerusform>%Ln Tracks.</numerusform>
        </translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>ERSTELLER</translation>
    </message>
    <message>
        <source>TRACKS</source>
        <translation>TRACKS</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message numerus="yes">
        <source>%n playlist(s).</source>
        <translation>
            <numerusform>%Ln Playlist.</numerusform>
            <numerusform>%Ln Playlists.</numerusform>
        </translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>BENUTZERNAME</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>CITY</source>
        <translation>ORT</translation>
    </message>
    <message>
        <source>FOLLOWERS</source>
        <translation>FOLLOWER</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s).</source>
        <translation>
            <numerusform>%Ln Benutzer.</numerusform>
            <numerusform>%Ln Benutzer.</numerusform>
        </translation>
    </message>
    <message>
        <source>--json prints an array with one object per track: urn, title, artist, artist_urn, duration_ms, genre, access (playable, preview or blocked), permalink_url, artwork_url, created_at, added_at (when it reached the list, if known), playback_count, likes_count and liked.</source>
        <translation>--json gibt ein Array mit einem Objekt pro Track aus: urn, title, artist, artist_urn, duration_ms, genre, access (playable, preview oder blocked), permalink_url, artwork_url, created_at, added_at (wann er in die Liste kam, falls bekannt), playback_count, likes_count und liked.</translation>
    </message>
    <message>
        <source>--json prints an array with one object per playlist: urn, title, owner, owner_urn, track_count, duration_ms, playlist_type, permalink_url, artwork_url and created_at.</source>
        <translation>--json gibt ein Array mit einem Objekt pro Playlist aus: urn, title, owner, owner_urn, track_count, duration_ms, playlist_type, permalink_url, artwork_url und created_at.</translation>
    </message>
    <message>
        <source>--json prints an array with one object per user: urn, username, full_name, city, track_count, playlist_count, followers_count, permalink_url and avatar_url.</source>
        <translation>--json gibt ein Array mit einem Objekt pro Benutzer aus: urn, username, full_name, city, track_count, playlist_count, followers_count, permalink_url und avatar_url.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Log in to Waveshelf</source>
        <translation>Bei Waveshelf anmelden</translation>
    </message>
    <message>
        <source>Each person on this computer has their own Waveshelf account and their own SoundCloud connection.</source>
        <translation>Jede Person an diesem Computer hat ein eigenes Waveshelf-Konto und eine eigene SoundCloud-Verbindung.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>Dein Passwort wird geprüft…</translation>
    </message>
    <message>
        <source>&amp;Back to log in</source>
        <translation>&amp;Zurück zur Anmeldung</translation>
    </message>
    <message>
        <source>Back to log in</source>
        <translation>Zurück zur Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Konto erstellen</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This copy of Waveshelf is damaged: a database upgrade is missing or broken.</source>
        <translation>Diese Waveshelf-Installation ist beschädigt: Ein Datenbank-Update fehlt oder ist defekt.</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password could not be processed. Close some programs and try again.</source>
        <translation>Das Passwort konnte nicht verarbeitet werden. Schließe einige Programme und versuch es noch einmal.</translation>
    </message>
</context>
<context>
    <name>PasswordReader</name>
    <message>
        <source>There is no terminal to ask for the password. Give it on standard input with --password-stdin.</source>
        <translation>Es gibt kein Terminal, um nach dem Passwort zu fragen. Übergib es mit --password-stdin über die Standardeingabe.</translation>
    </message>
    <message>
        <source>No password was entered.</source>
        <translation>Es wurde kein Passwort eingegeben.</translation>
    </message>
    <message>
        <source>Standard input ended before the password; give each password on its own line.</source>
        <translation>Die Standardeingabe endete vor dem Passwort; gib jedes Passwort in einer eigenen Zeile an.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Nothing was changed.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>PlaybackErrors</name>
    <message>
        <source>“%1” is blocked on SoundCloud where you are, so it cannot be played.</source>
        <translation>„%1“ ist auf SoundCloud in deiner Region gesperrt und kann nicht abgespielt werden.</translation>
    </message>
    <message>
        <source>Connect to SoundCloud first: this account is not connected.</source>
        <translation>Verbinde dich zuerst mit SoundCloud: Dieses Konto ist nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>PlayerState</name>
    <message>
        <source>The saved queue could not be read; it starts empty.</source>
        <translation>Die gespeicherte Warteschlange konnte nicht gelesen werden; sie beginnt leer.</translation>
    </message>
</context>
<context>
    <name>PlaylistClient</name>
    <message>
        <source>This is not a SoundCloud playlist.</source>
        <translation>Das ist keine SoundCloud-Playlist.</translation>
    </message>
    <message>
        <source>SoundCloud sent an answer Waveshelf cannot read.</source>
        <translation>SoundCloud hat eine Antwort gesendet, die Waveshelf nicht lesen kann.</translation>
    </message>
</context>
<context>
    <name>PlaylistEditCommand</name>
    <message>
        <source>Make a private playlist, with these tracks if given.</source>
        <translation>Eine private Playlist erstellen, mit den angegebenen Tracks, falls vorhanden.</translation>
    </message>
    <message>
        <source>Add tracks at the end of one of the user&apos;s playlists.</source>
        <translation>Tracks am Ende einer Playlist des Benutzers anfügen.</translation>
    </message>
    <message>
        <source>Take tracks out of one of the user&apos;s playlists.</source>
        <translation>Tracks aus einer Playlist des Benutzers entfernen.</translation>
    </message>
    <message>
        <source>Give one of the user&apos;s playlists a new title.</source>
        <translation>Einer Playlist des Benutzers einen neuen Titel geben.</translation>
    </message>
    <message>
        <source>Delete one of the user&apos;s playlists.</source>
        <translation>Eine Playlist des Benutzers löschen.</translation>
    </message>
    <message>
        <source>Each change reads the playlist from SoundCloud first and changes only what was asked; a playlist with tracks SoundCloud does not list, or one that is not the user&apos;s, is left as it is. Tracks are named by urn (soundcloud:tracks:123), playlists too (soundcloud:playlists:123). With --json, the playlist afterwards is printed as JSON.</source>
        <translation>Jede Änderung liest die Playlist zuerst von SoundCloud und ändert nur, was verlangt wurde; eine Playlist mit Tracks, die SoundCloud nicht auflistet, oder eine, die nicht dem Benutzer gehört, bleibt, wie sie ist. Tracks werden per urn angegeben (soundcloud:tracks:123), Playlists ebenso (soundcloud:playlists:123). Mit --json wird die Playlist danach als JSON ausgegeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a playlist urn (soundcloud:playlists:123).</source>
        <translation>„%1“ ist keine Playlist-URN (soundcloud:playlists:123).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a track urn (soundcloud:tracks:123).</source>
        <translation>„%1“ ist keine Track-URN (soundcloud:tracks:123).</translation>
    </message>
    <message numerus="yes">
        <source>Deleted “%1” (%n track(s)).</source>
        <translation>
            <numerusform>„%1“ gelöscht (%Ln Track).</numerusform>
            <numerusform>„%1“ gelöscht (%Ln Tracks).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created “%1” (%2) with %n track(s).</source>
        <translation>
            <numerusform>„%1“ (%2) mit %Ln Track erstellt.</numerusform>
            <numerusform>„%1“ (%2) mit %Ln Tracks erstellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” holds none of these tracks.</source>
        <translation>„%1“ enthält keinen dieser Tracks.</translation>
    </message>
    <message numerus="yes">
        <source>Took %n track(s) out of “%1”.</source>
        <translation>
            <numerusform>%Ln Track aus „%1“ entfernt.</numerusform>
            <numerusform>%Ln Tracks aus „%1“ entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed the playlist to “%1”.</source>
        <translation>Playlist in „%1“ umbenannt.</translation>
    </message>
</context>
<context>
    <name>PlaylistEditor</name>
    <message>
        <source>A playlist needs a title.</source>
        <translation>Eine Playlist braucht einen Titel.</translation>
    </message>
    <message numerus="yes">
        <source>A SoundCloud playlist holds at most %n tracks; this change would make it longer.</source>
        <translation>
            <numerusform>Eine SoundCloud-Playlist fasst höchstens %Ln Track; diese Änderung würde sie länger machen.</numerusform>
            <numerusform>Eine SoundCloud-Playlist fasst höchstens %Ln Tracks; diese Änderung würde sie länger machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” belongs to %2; only they can change it.</source>
        <translation>„%1“ gehört %2; nur der Ersteller kann sie ändern.</translation>
    </message>
    <message>
        <source>SoundCloud shows Waveshelf %1 of the %2 tracks in “%3” (the others may be private or removed), so Waveshelf leaves it as it is: a change would drop the tracks it cannot see.</source>
        <translation>SoundCloud zeigt Waveshelf %1 der %2 Tracks in „%3“ (die übrigen sind vielleicht privat oder entfernt), daher lässt Waveshelf die Playlist, wie sie ist: Eine Änderung würde die Tracks verlieren, die Waveshelf nicht sehen kann.</translation>
    </message>
    <message>
        <source>This is not a SoundCloud track.</source>
        <translation>Das ist kein SoundCloud-Track.</translation>
    </message>
    <message>
        <source>“%1” changed on SoundCloud since Waveshelf showed it, so nothing was changed. Reload it and try again.</source>
        <translation>„%1“ wurde auf SoundCloud geändert, seit Waveshelf die Playlist angezeigt hat, daher wurde nichts geändert. Lade sie neu und versuch es noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n track(s) to “%1”.</source>
        <translation>
            <numerusform>%Ln Track zu „%1“ hinzugefügt.</numerusform>
            <numerusform>%Ln Tracks zu „%1“ hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n was in it already.</source>
        <translation>
            <numerusform>%Ln war bereits enthalten.</numerusform>
            <numerusform>%Ln waren bereits enthalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaylistsCommand</name>
    <message>
        <source>List a local user&apos;s playlists and albums, or the ones they liked.</source>
        <translation>Die Playlists und Alben eines lokalen Benutzers auflisten oder die, die er mit „Gefällt mir“ markiert hat.</translation>
    </message>
    <message>
        <source>The table has a title, owner, tracks, duration and type column. &quot;playlist URN&quot; lists one playlist&apos;s tracks.</source>
        <translation>Die Tabelle hat die Spalten Titel, Ersteller, Tracks, Dauer und Typ. „playlist URN“ listet die Tracks einer Playlist auf.</translation>
    </message>
    <message>
        <source>The playlists the user liked instead.</source>
        <translation>Stattdessen die Playlists, die der Benutzer mit „Gefällt mir“ markiert hat.</translation>
    </message>
</context>
<context>
    <name>PrivatePaths</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not create the file %1.</source>
        <translation>Die Datei %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not make the folder %1 private to you.</source>
        <translation>Der Ordner %1 konnte nicht nur für dich zugänglich gemacht werden.</translation>
    </message>
    <message>
        <source>Could not make the file %1 private to you.</source>
        <translation>Die Datei %1 konnte nicht nur für dich zugänglich gemacht werden.</translation>
    </message>
</context>
<context>
    <name>ProcessHardening</name>
    <message>
        <source>Waveshelf could not protect its memory from core dumps.</source>
        <translation>Waveshelf konnte seinen Speicher nicht vor Core-Dumps schützen.</translation>
    </message>
</context>
<context>
    <name>RedirectParser</name>
    <message>
        <source>The answer from SoundCloud did not match this connection attempt. Nothing was stored; please try again.</source>
        <translation>Die Antwort von SoundCloud passte nicht zu diesem Verbindungsversuch. Es wurde nichts gespeichert; bitte versuch es noch einmal.</translation>
    </message>
    <message>
        <source>SoundCloud sent an answer Waveshelf could not use. Nothing was stored; please try again.</source>
        <translation>SoundCloud hat eine Antwort gesendet, die Waveshelf nicht verwenden konnte. Es wurde nichts gespeichert; bitte versuch es noch einmal.</translation>
    </message>
    <message>
        <source>You declined the connection on SoundCloud.</source>
        <translation>Du hast die Verbindung auf SoundCloud abgelehnt.</translation>
    </message>
    <message>
        <source>You declined the connection on SoundCloud (SoundCloud said: %1).</source>
        <translation>Du hast die Verbindung auf SoundCloud abgelehnt (SoundCloud meldete: %1).</translation>
    </message>
    <message>
        <source>SoundCloud refused the connection request. Please try again later.</source>
        <translation>SoundCloud hat die Verbindungsanfrage abgelehnt. Bitte versuch es später noch einmal.</translation>
    </message>
</context>
<context>
    <name>RefreshLease</name>
    <message>
        <source>This account is not connected to SoundCloud.</source>
        <translation>Dieses Konto ist nicht mit SoundCloud verbunden.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Search SoundCloud for tracks (or people, or playlists).</source>
        <translation>Auf SoundCloud nach Tracks suchen (oder nach Personen oder Playlists).</translation>
    </message>
    <message>
        <source>QUERY is one argument: quote it when it has spaces. Tracks by default; --users or --playlists search those instead, with the tables and JSON of &quot;following&quot; and &quot;playlists&quot;. Searching everything is long: --limit keeps the first results.</source>
        <translation>QUERY ist ein einziges Argument: Setze es in Anführungszeichen, wenn es Leerzeichen enthält. Standardmäßig werden Tracks gesucht; --users oder --playlists suchen stattdessen nach Personen oder Playlists, mit den Tabellen und dem JSON von „following“ und „playlists“. Alles zu durchsuchen dauert lange: --limit behält nur die ersten Ergebnisse.</translation>
    </message>
    <message>
        <source>Search for people instead of tracks.</source>
        <translation>Nach Personen statt nach Tracks suchen.</translation>
    </message>
    <message>
        <source>Search for playlists instead of tracks.</source>
        <translation>Nach Playlists statt nach Tracks suchen.</translation>
    </message>
    <message>
        <source>Search for --users or --playlists, not both.</source>
        <translation>Suche mit --users oder --playlists, nicht mit beidem.</translation>
    </message>
    <message>
        <source>Say what to search for.</source>
        <translation>Gib an, wonach gesucht werden soll.</translation>
    </message>
</context>
<context>
    <name>SessionOpener</name>
    <message>
        <source>Waveshelf password for %1: </source>
        <translation>Waveshelf-Passwort für %1: </translation>
    </message>
    <message>
        <source>%1 is not connected to SoundCloud. Connect with: %2 connect --browser --user %1</source>
        <translation>%1 ist nicht mit SoundCloud verbunden. Verbinden mit: %2 connect --browser --user %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Waveshelf talks to SoundCloud as the SoundCloud app you registered. Enter that app&apos;s client ID and redirect URI. Change the addresses only to use a test server.</source>
        <translation>Waveshelf spricht mit SoundCloud als die SoundCloud-App, die du registriert hast. Gib die Client-ID und die Weiterleitungs-URI dieser App ein. Ändere die Adressen nur, um einen Testserver zu verwenden.</translation>
    </message>
    <message>
        <source>About the settings file</source>
        <translation>Über die Einstellungsdatei</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>&amp;Weiterleitungs-URI:</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>&amp;Authorize URL:</source>
        <translation>A&amp;utorisierungs-URL:</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>&amp;Token-URL:</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>A&amp;PI URL:</source>
        <translation>A&amp;PI-URL:</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Datenordner:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Restore &amp;SoundCloud defaults</source>
        <translation>&amp;SoundCloud-Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Restore SoundCloud defaults</source>
        <translation>SoundCloud-Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Data&amp;base URL:</source>
        <translation>Daten&amp;bank-URL:</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>Datenbank-URL</translation>
    </message>
    <message>
        <source>Empty: the database in the data folder</source>
        <translation>Leer: die Datenbank im Datenordner</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Seiten der Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
</context>
<context>
    <name>SignInPluginLoader</name>
    <message>
        <source>Waveshelf&apos;s sign-in window could not be loaded (its browser engine part is missing or broken: a packaging problem). Sign in with your web browser instead.</source>
        <translation>Das Anmeldefenster von Waveshelf konnte nicht geladen werden (die Browser-Engine fehlt oder ist defekt: ein Paketierungsproblem). Melde dich stattdessen mit deinem Webbrowser an.</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The database is busy (another Waveshelf window or the command-line tool may be using it). Nothing was changed; try again in a moment.</source>
        <translation>Die Datenbank ist belegt (vielleicht verwendet sie ein anderes Waveshelf-Fenster oder das Befehlszeilenprogramm). Es wurde nichts geändert; versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The disk is full, so Waveshelf could not save. Nothing was changed; free some space and try again.</source>
        <translation>Der Datenträger ist voll, daher konnte Waveshelf nicht speichern. Es wurde nichts geändert; gib Speicherplatz frei und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>The database cannot be written (it is read-only). Nothing was changed.</source>
        <translation>In die Datenbank kann nicht geschrieben werden (sie ist schreibgeschützt). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database file is damaged. Waveshelf did not change it; restore it from a backup or move it aside.</source>
        <translation>Die Datenbankdatei ist beschädigt. Waveshelf hat sie nicht verändert; stelle sie aus einer Sicherung wieder her oder verschiebe sie an einen anderen Ort.</translation>
    </message>
    <message>
        <source>The database could not be read or written.</source>
        <translation>Die Datenbank konnte nicht gelesen oder beschrieben werden.</translation>
    </message>
    <message>
        <source>Waveshelf lost its connection to the database server (it may have been restarted, or the network is down). Nothing was lost; Waveshelf connects again on its next try.</source>
        <translation>Waveshelf hat die Verbindung zum Datenbankserver verloren (er wurde vielleicht neu gestartet, oder das Netzwerk ist ausgefallen). Es ging nichts verloren; Waveshelf verbindet sich beim nächsten Versuch erneut.</translation>
    </message>
</context>
<context>
    <name>StreamUrls</name>
    <message>
        <source>SoundCloud&apos;s answer about this track&apos;s streams could not be read.</source>
        <translation>Die Antwort von SoundCloud zu den Streams dieses Tracks konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>TokenResponseParser</name>
    <message>
        <source>SoundCloud no longer accepts this connection. Please reconnect.</source>
        <translation>SoundCloud akzeptiert diese Verbindung nicht mehr. Bitte verbinde dich neu.</translation>
    </message>
    <message>
        <source>SoundCloud is busy right now; try again in a moment.</source>
        <translation>SoundCloud ist gerade ausgelastet. Versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>SoundCloud is unreachable, try again.</source>
        <translation>SoundCloud ist nicht erreichbar. Versuch es noch einmal.</translation>
    </message>
    <message>
        <source>SoundCloud sent an answer Waveshelf could not understand. Please try again later.</source>
        <translation>SoundCloud hat eine Antwort gesendet, die Waveshelf nicht verstanden hat. Bitte versuch es später noch einmal.</translation>
    </message>
</context>
<context>
    <name>TokenSession</name>
    <message>
        <source>This account is not connected to SoundCloud.</source>
        <translation>Dieses Konto ist nicht mit SoundCloud verbunden.</translation>
    </message>
    <message>
        <source>Waveshelf was closed while it renewed your SoundCloud sign-in, so the sign-in may no longer work. Connect to SoundCloud again to go on; nothing else was lost.</source>
        <translation>Waveshelf wurde beendet, während es deine SoundCloud-Anmeldung erneuerte; daher funktioniert die Anmeldung möglicherweise nicht mehr. Verbinde dich erneut mit SoundCloud, um fortzufahren; sonst ging nichts verloren.</translation>
    </message>
    <message>
        <source>SoundCloud no longer accepts this connection. Please reconnect.</source>
        <translation>SoundCloud akzeptiert diese Verbindung nicht mehr. Bitte verbinde dich neu.</translation>
    </message>
    <message>
        <source>Waveshelf cannot save your SoundCloud connection right now (is the disk full?). It keeps trying; do not quit yet.</source>
        <translation>Waveshelf kann deine SoundCloud-Verbindung gerade nicht speichern (ist der Datenträger voll?). Es versucht es weiter; beende das Programm noch nicht.</translation>
    </message>
</context>
<context>
    <name>TrackListCommand</name>
    <message>
        <source>The table has a title, artist, duration, added (when it reached your stream) and access column.</source>
        <translation>Die Tabelle hat die Spalten Titel, Künstler, Dauer, Hinzugefügt (wann der Track in deinem Stream erschien) und Zugang.</translation>
    </message>
    <message>
        <source>The table has a title, artist, duration, genre and access column (preview or blocked; empty when playable).</source>
        <translation>Die Tabelle hat die Spalten Titel, Künstler, Dauer, Genre und Zugang (Vorschau oder gesperrt; leer, wenn abspielbar).</translation>
    </message>
    <message>
        <source>URN is a playlist&apos;s, as &quot;playlists --json&quot; shows it: soundcloud:playlists:123.</source>
        <translation>URN ist die einer Playlist, wie „playlists --json“ sie zeigt: soundcloud:playlists:123.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a playlist&apos;s URN; they look like soundcloud:playlists:123.</source>
        <translation>„%1“ ist keine Playlist-URN; diese sehen so aus: soundcloud:playlists:123.</translation>
    </message>
    <message>
        <source>URN is a track&apos;s, as &quot;--json&quot; lists show it: soundcloud:tracks:123.</source>
        <translation>URN ist die eines Tracks, wie Listen mit „--json“ sie zeigen: soundcloud:tracks:123.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a track&apos;s URN; they look like soundcloud:tracks:123.</source>
        <translation>„%1“ ist keine Track-URN; diese sehen so aus: soundcloud:tracks:123.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>This username is already taken.</source>
        <translation>Dieser Benutzername ist bereits vergeben.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Dieses Konto existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Waveshelf&apos;s key for your SoundCloud connection is missing or damaged, so the connection cannot be opened. Nothing was changed or deleted: restore the database from a backup, or ask for help.</source>
        <translation>Der Schlüssel von Waveshelf für deine SoundCloud-Verbindung fehlt oder ist beschädigt, daher kann die Verbindung nicht geöffnet werden. Es wurde nichts geändert oder gelöscht: Stelle die Datenbank aus einer Sicherung wieder her oder bitte um Hilfe.</translation>
    </message>
    <message>
        <source>This account was changed elsewhere meanwhile. Please try again.</source>
        <translation>Dieses Konto wurde inzwischen an anderer Stelle geändert. Bitte versuch es noch einmal.</translation>
    </message>
    <message>
        <source>The password was changed elsewhere meanwhile. Nothing was changed.</source>
        <translation>Das Passwort wurde inzwischen an anderer Stelle geändert. Hier wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>UsersAddCommand</name>
    <message>
        <source>Create a local user (asks for a new password).</source>
        <translation>Einen lokalen Benutzer anlegen (fragt nach einem neuen Passwort).</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters. At a terminal it is asked twice; with --password-stdin it is the first line of standard input.</source>
        <translation>
            <numerusform>Das Passwort braucht mindestens %Ln Zeichen. Im Terminal wird es zweimal abgefragt; mit --password-stdin ist es die erste Zeile der Standardeingabe.</numerusform>
            <numerusform>Das Passwort braucht mindestens %Ln Zeichen. Im Terminal wird es zweimal abgefragt; mit --password-stdin ist es die erste Zeile der Standardeingabe.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Waveshelf password for %1: </source>
        <translation>Neues Waveshelf-Passwort für %1: </translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Passwort wiederholen: </translation>
    </message>
    <message>
        <source>Created the local user %1.</source>
        <translation>Der lokale Benutzer %1 wurde angelegt.</translation>
    </message>
</context>
<context>
    <name>UsersListCommand</name>
    <message>
        <source>List the local users and the SoundCloud account each connected.</source>
        <translation>Die lokalen Benutzer und das jeweils verbundene SoundCloud-Konto auflisten.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>SOUNDCLOUD</source>
        <translation>SOUNDCLOUD</translation>
    </message>
    <message>
        <source>(not connected)</source>
        <translation>(nicht verbunden)</translation>
    </message>
    <message>
        <source>There are no local users yet. Add one with: %1 users add NAME</source>
        <translation>Es gibt noch keine lokalen Benutzer. Lege einen an mit: %1 users add NAME</translation>
    </message>
    <message>
        <source>%1 (connected elsewhere: %2)</source>
        <translation>%1 (anderswo verbunden: %2)</translation>
    </message>
</context>
<context>
    <name>UsersPasswdCommand</name>
    <message>
        <source>Asks for the current password, then the new one twice. With --password-stdin, standard input holds the current password on its first line and the new one on the second.
A forgotten password cannot be recovered: nobody can read that user&apos;s saved SoundCloud connection without it. Create a new user and connect again instead.</source>
        <translation>Fragt nach dem aktuellen Passwort, dann zweimal nach dem neuen. Mit --password-stdin steht das aktuelle Passwort in der ersten Zeile der Standardeingabe und das neue in der zweiten.
Ein vergessenes Passwort lässt sich nicht wiederherstellen: Ohne es kann niemand die gespeicherte SoundCloud-Verbindung dieses Benutzers lesen. Lege stattdessen einen neuen Benutzer an und verbinde ihn erneut.</translation>
    </message>
    <message>
        <source>Current Waveshelf password for %1: </source>
        <translation>Aktuelles Waveshelf-Passwort für %1: </translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Neues Passwort: </translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>Neues Passwort wiederholen: </translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>Das Passwort von %1 wurde geändert.</translation>
    </message>
    <message>
        <source>Change a local user&apos;s password; the connection is kept and its sign-in renewed.</source>
        <translation>Das Passwort eines lokalen Benutzers ändern; die Verbindung bleibt bestehen und ihre Anmeldung wird erneuert.</translation>
    </message>
    <message>
        <source>Renewed the SoundCloud sign-in: the one from before the change no longer works.</source>
        <translation>SoundCloud-Anmeldung erneuert: Die Anmeldung von vor der Änderung funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>The SoundCloud sign-in could not be renewed now; Waveshelf renews it the next time it reaches SoundCloud.</source>
        <translation>Die SoundCloud-Anmeldung konnte jetzt nicht erneuert werden; Waveshelf erneuert sie, sobald es SoundCloud das nächste Mal erreicht.</translation>
    </message>
</context>
<context>
    <name>UsersRemoveCommand</name>
    <message>
        <source>Delete a local user and their SoundCloud connection.</source>
        <translation>Einen lokalen Benutzer und seine SoundCloud-Verbindung löschen.</translation>
    </message>
    <message>
        <source>Nothing is deleted on SoundCloud. The user&apos;s browser profile folder goes too.</source>
        <translation>Auf SoundCloud wird nichts gelöscht. Der Browser-Profilordner des Benutzers wird ebenfalls entfernt.</translation>
    </message>
    <message>
        <source>Waveshelf password for %1: </source>
        <translation>Waveshelf-Passwort für %1: </translation>
    </message>
    <message>
        <source>Removed the local user %1.</source>
        <translation>Der lokale Benutzer %1 wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Your saved data could not be decrypted. It may be damaged.</source>
        <translation>Deine gespeicherten Daten konnten nicht entschlüsselt werden. Vielleicht sind sie beschädigt.</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>Das Passwort ist falsch.</translation>
    </message>
</context>
<context>
    <name>WhoamiCommand</name>
    <message>
        <source>Show the SoundCloud account a local user is connected to.</source>
        <translation>Das SoundCloud-Konto zeigen, mit dem ein lokaler Benutzer verbunden ist.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A native desktop app for SoundCloud.</source>
        <translation>Eine native Desktop-App für SoundCloud.</translation>
    </message>
    <message>
        <source>Keep the database, settings and browser profiles in &lt;dir&gt;.</source>
        <translation>Datenbank, Einstellungen und Browser-Profile in &lt;ordner&gt; speichern.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>ordner</translation>
    </message>
    <message>
        <source>Give --help or --version on their own.</source>
        <translation>Gib --help oder --version ohne weitere Optionen an.</translation>
    </message>
    <message>
        <source>Waveshelf cannot start</source>
        <translation>Waveshelf kann nicht starten</translation>
    </message>
</context>
<context>
    <name>waveshelf::AccountButton</name>
    <message>
        <source>Your SoundCloud connection</source>
        <translation>Deine Verbindung zu SoundCloud</translation>
    </message>
    <message>
        <source>SoundCloud: %1 (reconnect needed)</source>
        <translation>SoundCloud: %1 (neu verbinden nötig)</translation>
    </message>
    <message>
        <source>SoundCloud: %1 (offline)</source>
        <translation>SoundCloud: %1 (offline)</translation>
    </message>
    <message>
        <source>SoundCloud: %1</source>
        <translation>SoundCloud: %1</translation>
    </message>
</context>
<context>
    <name>waveshelf::AccountService</name>
    <message>
        <source>Please enter a username.</source>
        <translation>Bitte gib einen Benutzernamen ein.</translation>
    </message>
    <message numerus="yes">
        <source>A username can have at most %n characters.</source>
        <translation>
            <numerusform>Ein Benutzername darf höchstens %Ln Zeichen haben.</numerusform>
            <numerusform>Ein Benutzername darf höchstens %Ln Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>A username cannot contain control characters or invisible formatting characters.</source>
        <translation>Ein Benutzername darf keine Steuerzeichen oder unsichtbaren Formatierungszeichen enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Ein Passwort braucht mindestens %Ln Zeichen.</numerusform>
            <numerusform>Ein Passwort braucht mindestens %Ln Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter your username and password.</source>
        <translation>Bitte gib deinen Benutzernamen und dein Passwort ein.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Versuche. Warte %Ln Sekunde und versuch es dann noch einmal.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Versuche. Warte %Ln Sekunden und versuch es dann noch einmal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waveshelf::AccountSettingsPage</name>
    <message>
        <source>Log in to change your password or your SoundCloud connection.</source>
        <translation>Melde dich an, um dein Passwort oder deine Verbindung zu SoundCloud zu ändern.</translation>
    </message>
    <message>
        <source>Logged in to Waveshelf as %1.</source>
        <translation>Bei Waveshelf angemeldet als %1.</translation>
    </message>
</context>
<context>
    <name>waveshelf::AddressBar</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>The site this sign-in page comes from</source>
        <translation>Die Website, von der diese Anmeldeseite stammt</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Verbindungssicherheit</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Sichere Verbindung</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
</context>
<context>
    <name>waveshelf::BrowserWaitView</name>
    <message>
        <source>Open the page again</source>
        <translation>Seite erneut öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Waiting for you to approve Waveshelf in your web browser…</source>
        <translation>Warte darauf, dass du Waveshelf in deinem Webbrowser zulässt…</translation>
    </message>
    <message>
        <source>Cancel signing in with the web browser</source>
        <translation>Anmeldung im Webbrowser abbrechen</translation>
    </message>
    <message>
        <source>Your web browser shows SoundCloud&apos;s sign-in page. Approve Waveshelf there, then come back here. Waveshelf listens on this computer only (port %1) for SoundCloud&apos;s answer.</source>
        <translation>Dein Webbrowser zeigt die Anmeldeseite von SoundCloud. Lass Waveshelf dort zu und kehre dann hierher zurück. Waveshelf wartet nur auf diesem Computer (Port %1) auf die Antwort von SoundCloud.</translation>
    </message>
    <message>
        <source>Finishing the connection with SoundCloud…</source>
        <translation>Verbindung mit SoundCloud wird abgeschlossen…</translation>
    </message>
</context>
<context>
    <name>waveshelf::ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>Changing your password</source>
        <translation>Passwort wird geändert</translation>
    </message>
    <message>
        <source>The new passwords do not match.</source>
        <translation>Die neuen Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>You stay connected to SoundCloud: Waveshelf renews your SoundCloud sign-in and locks it with the new password, so the old password opens nothing that still works.</source>
        <translation>Du bleibst mit SoundCloud verbunden: Waveshelf erneuert deine SoundCloud-Anmeldung und sperrt sie mit dem neuen Passwort, sodass das alte Passwort nichts mehr öffnet, das noch funktioniert.</translation>
    </message>
    <message>
        <source>Your password was changed, and your SoundCloud sign-in renewed.</source>
        <translation>Dein Passwort wurde geändert und deine SoundCloud-Anmeldung erneuert.</translation>
    </message>
    <message>
        <source>Your password was changed. Your SoundCloud sign-in is renewed the next time Waveshelf reaches SoundCloud.</source>
        <translation>Dein Passwort wurde geändert. Deine SoundCloud-Anmeldung wird erneuert, sobald Waveshelf SoundCloud das nächste Mal erreicht.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Dein Passwort wurde geändert.</translation>
    </message>
</context>
<context>
    <name>waveshelf::CollectionPane</name>
    <message>
        <source>Choose a person to see their tracks.</source>
        <translation>Wähle eine Person, um ihre Tracks zu sehen.</translation>
    </message>
    <message>
        <source>Choose a playlist to see its tracks.</source>
        <translation>Wähle eine Playlist, um ihre Tracks zu sehen.</translation>
    </message>
    <message>
        <source>Tracks by %1</source>
        <translation>Tracks von %1</translation>
    </message>
    <message>
        <source>Tracks in %1</source>
        <translation>Tracks in %1</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete playlist…</source>
        <translation>Playlist löschen…</translation>
    </message>
    <message>
        <source>Playlist actions</source>
        <translation>Aktionen für die Playlist</translation>
    </message>
</context>
<context>
    <name>waveshelf::ConnectController</name>
    <message>
        <source>No SoundCloud app is set up yet. Enter your app&apos;s client ID in Waveshelf&apos;s File → Settings (or set WAVESHELF_CLIENT_ID).</source>
        <translation>Es ist noch keine SoundCloud-App eingerichtet. Gib die Client-ID deiner App in Waveshelf unter Datei → Einstellungen ein (oder setze WAVESHELF_CLIENT_ID).</translation>
    </message>
    <message>
        <source>Waveshelf&apos;s own sign-in window is not available here. Sign in with your web browser instead.</source>
        <translation>Das eigene Anmeldefenster von Waveshelf ist hier nicht verfügbar. Melde dich stattdessen mit deinem Webbrowser an.</translation>
    </message>
    <message>
        <source>Waveshelf could not open your web browser. Check that a default web browser is set up, or connect in Waveshelf&apos;s own window instead.</source>
        <translation>Waveshelf konnte deinen Webbrowser nicht öffnen. Prüfe, ob ein Standard-Webbrowser eingerichtet ist, oder verbinde dich stattdessen im eigenen Fenster von Waveshelf.</translation>
    </message>
    <message>
        <source>Waveshelf could not open your web browser. Check that a default web browser is set up.</source>
        <translation>Waveshelf konnte deinen Webbrowser nicht öffnen. Prüfe, ob ein Standard-Webbrowser eingerichtet ist.</translation>
    </message>
    <message>
        <source>Connecting to SoundCloud was cancelled. Nothing was changed.</source>
        <translation>Die Verbindung mit SoundCloud wurde abgebrochen. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>waveshelf::ConnectPopup</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Having trouble? Sign in with your web browser instead</source>
        <translation>Probleme? Melde dich stattdessen mit deinem Webbrowser an</translation>
    </message>
    <message>
        <source>Connect to SoundCloud</source>
        <translation>Mit SoundCloud verbinden</translation>
    </message>
    <message>
        <source>SoundCloud sign-in page</source>
        <translation>SoundCloud-Anmeldeseite</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signed in. Finishing…</source>
        <translation>Angemeldet. Wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The page reported an error (HTTP %1).</source>
        <translation>Die Seite hat einen Fehler gemeldet (HTTP %1).</translation>
    </message>
    <message>
        <source>The connection to %1 is not secure: its certificate was refused. The sign-in page was not opened.</source>
        <translation>Die Verbindung zu %1 ist nicht sicher: Das Zertifikat wurde abgelehnt. Die Anmeldeseite wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>%1 could not be found. Check your internet connection, then try again.</source>
        <translation>%1 wurde nicht gefunden. Prüfe deine Internetverbindung und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check your internet connection, then try again.</source>
        <translation>%1 ist nicht erreichbar. Prüfe deine Internetverbindung und versuch es dann noch einmal.</translation>
    </message>
    <message>
        <source>The sign-in page could not be loaded.</source>
        <translation>Die Anmeldeseite konnte nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>waveshelf::ConnectPromptView</name>
    <message>
        <source>Connect to SoundCloud</source>
        <translation>Mit SoundCloud verbinden</translation>
    </message>
    <message>
        <source>Sign in with your web browser instead</source>
        <translation>Stattdessen mit dem Webbrowser anmelden</translation>
    </message>
    <message>
        <source>Connect Waveshelf to your SoundCloud account</source>
        <translation>Waveshelf mit deinem SoundCloud-Konto verbinden</translation>
    </message>
    <message>
        <source>Waveshelf opens SoundCloud&apos;s sign-in page in a small window. Approve Waveshelf there once; after that your library is here whenever you log in.</source>
        <translation>Waveshelf öffnet die Anmeldeseite von SoundCloud in einem kleinen Fenster. Lass Waveshelf dort einmal zu; danach ist deine Bibliothek hier, wann immer du dich anmeldest.</translation>
    </message>
    <message>
        <source>Waveshelf opens SoundCloud&apos;s sign-in page in your web browser. Approve Waveshelf there once; after that your library is here whenever you log in.</source>
        <translation>Waveshelf öffnet die Anmeldeseite von SoundCloud in deinem Webbrowser. Lass Waveshelf dort einmal zu; danach ist deine Bibliothek hier, wann immer du dich anmeldest.</translation>
    </message>
    <message>
        <source>Sign in with your web browser</source>
        <translation>Mit deinem Webbrowser anmelden</translation>
    </message>
</context>
<context>
    <name>waveshelf::FilterBox</name>
    <message>
        <source>Filter by title, artist or genre</source>
        <translation>Nach Titel, Künstler oder Genre filtern</translation>
    </message>
</context>
<context>
    <name>waveshelf::FirstRunPage</name>
    <message>
        <source>Welcome to Waveshelf</source>
        <translation>Willkommen bei Waveshelf</translation>
    </message>
    <message>
        <source>To sign in to SoundCloud, Waveshelf needs a SoundCloud app: a name and a client ID that SoundCloud gives to programs. Choose how to start. This is set once for everyone who uses Waveshelf on this computer; each person then logs in with their own Waveshelf account.</source>
        <translation>Um sich bei SoundCloud anzumelden, braucht Waveshelf eine SoundCloud-App: einen Namen und eine Client-ID, die SoundCloud an Programme vergibt. Wähle, wie du beginnen möchtest. Dies wird einmal für alle festgelegt, die Waveshelf auf diesem Computer verwenden; danach meldet sich jede Person mit ihrem eigenen Waveshelf-Konto an.</translation>
    </message>
    <message>
        <source>Try Waveshelf with the sandbox</source>
        <translation>Waveshelf mit der Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>The sandbox is a small SoundCloud look-alike that runs on this computer, with example accounts: sign in there as alice with the password alice-password. Nothing goes to SoundCloud and nothing about the sandbox is saved: it stops when you quit Waveshelf, and you choose again next time.</source>
        <translation>Die Sandbox ist ein kleiner SoundCloud-Nachbau, der auf diesem Computer läuft, mit Beispielkonten: Melde dich dort als alice mit dem Passwort alice-password an. Nichts geht an SoundCloud, und von der Sandbox wird nichts gespeichert: Die Sandbox endet, wenn du Waveshelf beendest, und beim nächsten Mal wählst du erneut.</translation>
    </message>
    <message>
        <source>Try with the sand&amp;box</source>
        <translation>Mit der Sand&amp;box ausprobieren</translation>
    </message>
    <message>
        <source>Try with the sandbox</source>
        <translation>Mit der Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Sandbox status</source>
        <translation>Sandbox-Status</translation>
    </message>
    <message>
        <source>Use your own SoundCloud app</source>
        <translation>Eigene SoundCloud-App verwenden</translation>
    </message>
    <message>
        <source>You can change this later in File → Settings…</source>
        <translation>Du kannst das später unter Datei → Einstellungen… ändern</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>The sandbox is running.</source>
        <translation>Die Sandbox läuft.</translation>
    </message>
</context>
<context>
    <name>waveshelf::FollowController</name>
    <message>
        <source>Unfollow %1</source>
        <translation>%1 nicht mehr folgen</translation>
    </message>
    <message>
        <source>Follow %1</source>
        <translation>%1 folgen</translation>
    </message>
    <message>
        <source>You follow %1.</source>
        <translation>Du folgst %1.</translation>
    </message>
    <message>
        <source>You no longer follow %1.</source>
        <translation>Du folgst %1 nicht mehr.</translation>
    </message>
</context>
<context>
    <name>waveshelf::LibraryBrowser</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Zurück (Alt+Links)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>waveshelf::LibraryCacheBox</name>
    <message>
        <source>Library cache</source>
        <translation>Bibliotheks-Cache</translation>
    </message>
    <message>
        <source>Library cache size</source>
        <translation>Größe des Bibliotheks-Caches</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Cache limit</source>
        <translation>Cache-Grenze</translation>
    </message>
    <message>
        <source>The most each user&apos;s offline library may take; beyond it the lists not opened for the longest go.</source>
        <translation>Höchstens so viel Platz darf die Offline-Bibliothek jedes Benutzers belegen; darüber hinaus werden die am längsten nicht geöffneten Listen entfernt.</translation>
    </message>
    <message>
        <source>Clear the library cache</source>
        <translation>Bibliotheks-Cache leeren</translation>
    </message>
    <message>
        <source>About the library cache</source>
        <translation>Zum Bibliotheks-Cache</translation>
    </message>
    <message>
        <source>Li&amp;mit per user:</source>
        <translation>&amp;Grenze pro Benutzer:</translation>
    </message>
    <message>
        <source>Nobody is logged in. Log in to see how much your library cache takes and to clear it; the limit applies to every user.</source>
        <translation>Niemand ist angemeldet. Melde dich an, um zu sehen, wie viel Platz dein Bibliotheks-Cache belegt, und um ihn zu leeren; die Grenze gilt für alle Benutzer.</translation>
    </message>
    <message>
        <source>The size of your library cache is not known: %1</source>
        <translation>Die Größe deines Bibliotheks-Caches ist nicht bekannt: %1</translation>
    </message>
    <message>
        <source>Limit: %1 per user.</source>
        <translation>Grenze: %1 pro Benutzer.</translation>
    </message>
    <message>
        <source>Measuring your library cache…</source>
        <translation>Dein Bibliotheks-Cache wird gemessen…</translation>
    </message>
    <message>
        <source>%1 used of %2.</source>
        <translation>%1 von %2 belegt.</translation>
    </message>
    <message>
        <source>The library cache was not cleared: %1</source>
        <translation>Der Bibliotheks-Cache wurde nicht geleert: %1</translation>
    </message>
    <message>
        <source>Cleared: %1 freed. Your library loads from SoundCloud again when you open it.</source>
        <translation>Geleert: %1 freigegeben. Deine Bibliothek wird beim nächsten Öffnen wieder von SoundCloud geladen.</translation>
    </message>
    <message>
        <source>Cleared: your library cache is empty.</source>
        <translation>Geleert: Dein Bibliotheks-Cache ist leer.</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
</context>
<context>
    <name>waveshelf::LibraryPage</name>
    <message>
        <source>Waiting for you to approve Waveshelf in your web browser…</source>
        <translation>Warte darauf, dass du Waveshelf in deinem Webbrowser zulässt…</translation>
    </message>
    <message>
        <source>Finishing the connection with SoundCloud…</source>
        <translation>Verbindung mit SoundCloud wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Waiting for you to approve Waveshelf in the SoundCloud window…</source>
        <translation>Warte darauf, dass du Waveshelf im SoundCloud-Fenster zulässt…</translation>
    </message>
    <message>
        <source>Replace the SoundCloud account?</source>
        <translation>SoundCloud-Konto ersetzen?</translation>
    </message>
    <message>
        <source>You signed in to SoundCloud as %1, but Waveshelf has you connected as %2.

Connect %1 instead? Waveshelf then forgets the connection to %2.</source>
        <translation>Du hast dich bei SoundCloud als %1 angemeldet, aber in Waveshelf bist du als %2 verbunden.

Stattdessen %1 verbinden? Waveshelf vergisst dann die Verbindung zu %2.</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>%1 verbinden</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>%1 behalten</translation>
    </message>
    <message>
        <source>Is this your SoundCloud account?</source>
        <translation>Ist das dein SoundCloud-Konto?</translation>
    </message>
    <message>
        <source>Your web browser signed in to SoundCloud as %1.

Connect Waveshelf to this account? Choose “Connect” only if %1 is your account: someone else on this computer could have finished the sign-in with theirs.</source>
        <translation>Dein Webbrowser hat sich bei SoundCloud als %1 angemeldet.

Waveshelf mit diesem Konto verbinden? Wähle „%1 verbinden“ nur, wenn %1 dein Konto ist: Jemand anderes an diesem Computer könnte die Anmeldung mit seinem Konto abgeschlossen haben.</translation>
    </message>
    <message>
        <source>Do Not Connect</source>
        <translation>Nicht verbinden</translation>
    </message>
    <message>
        <source>Disconnect from SoundCloud</source>
        <translation>Verbindung mit SoundCloud trennen</translation>
    </message>
    <message>
        <source>Waveshelf will forget your SoundCloud connection on this computer and sign you out of SoundCloud in its window. Your tracks stay on SoundCloud. Disconnect?</source>
        <translation>Waveshelf vergisst deine SoundCloud-Verbindung auf diesem Computer und meldet dich in seinem Fenster bei SoundCloud ab. Deine Tracks bleiben auf SoundCloud. Verbindung trennen?</translation>
    </message>
    <message>
        <source>Disconnected from SoundCloud.</source>
        <translation>Verbindung mit SoundCloud getrennt.</translation>
    </message>
</context>
<context>
    <name>waveshelf::LibrarySidebar</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Playlists</source>
        <translation>Playlists</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Du folgst</translation>
    </message>
    <message>
        <source>Your uploads</source>
        <translation>Deine Uploads</translation>
    </message>
    <message>
        <source>Recently played</source>
        <translation>Zuletzt gespielt</translation>
    </message>
</context>
<context>
    <name>waveshelf::LikeController</name>
    <message>
        <source>Removed “%1” from your likes.</source>
        <translation>„%1“ aus deinen Likes entfernt.</translation>
    </message>
    <message>
        <source>Added “%1” to your likes.</source>
        <translation>„%1“ zu deinen Likes hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>waveshelf::LoginPage</name>
    <message>
        <source>The two passwords are not the same. Please type them again.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Bitte gib sie erneut ein.</translation>
    </message>
    <message>
        <source>Create a Waveshelf account</source>
        <translation>Waveshelf-Konto erstellen</translation>
    </message>
    <message>
        <source>Log in to Waveshelf</source>
        <translation>Bei Waveshelf anmelden</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Mindestens %Ln Zeichen</numerusform>
            <numerusform>Mindestens %Ln Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Dein Konto wird erstellt…</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>Dein Passwort wird geprüft…</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Etwas ist schiefgelaufen. Bitte versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Forgot your password? It cannot be recovered, because it also locks your SoundCloud connection. Create a new account and connect SoundCloud again.</source>
        <translation>Passwort vergessen? Es lässt sich nicht wiederherstellen, weil es auch deine SoundCloud-Verbindung schützt. Erstelle ein neues Konto und verbinde SoundCloud erneut.</translation>
    </message>
</context>
<context>
    <name>waveshelf::LoopbackReceiver</name>
    <message numerus="yes">
        <source>Waveshelf stopped waiting for your web browser after %n minute(s). Nothing was changed; start again when you are ready.</source>
        <translation>
            <numerusform>Waveshelf hat nach %Ln Minute aufgehört, auf deinen Webbrowser zu warten. Es wurde nichts geändert; beginne erneut, wenn du bereit bist.</numerusform>
            <numerusform>Waveshelf hat nach %Ln Minuten aufgehört, auf deinen Webbrowser zu warten. Es wurde nichts geändert; beginne erneut, wenn du bereit bist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waveshelf stopped waiting for your web browser. Nothing was changed; start again when you are ready.</source>
        <translation>Waveshelf hat aufgehört, auf deinen Webbrowser zu warten. Es wurde nichts geändert; beginne erneut, wenn du bereit bist.</translation>
    </message>
    <message>
        <source>Signing in with your web browser needs a redirect URI of the form http://127.0.0.1:PORT/callback, but it is set to %1. Change it in File → Settings (and in your SoundCloud app).</source>
        <translation>Für die Anmeldung mit deinem Webbrowser ist eine Weiterleitungs-URI der Form http://127.0.0.1:PORT/callback nötig, sie ist aber auf %1 gesetzt. Ändere sie unter Datei → Einstellungen (und in deiner SoundCloud-App).</translation>
    </message>
    <message>
        <source>Signing in with your web browser needs a redirect URI on this computer (http://127.0.0.1:PORT/…), but it points to %1. Change it in File → Settings (and in your SoundCloud app).</source>
        <translation>Für die Anmeldung mit deinem Webbrowser ist eine Weiterleitungs-URI auf diesem Computer nötig (http://127.0.0.1:PORT/…), sie zeigt aber auf %1. Ändere sie unter Datei → Einstellungen (und in deiner SoundCloud-App).</translation>
    </message>
    <message>
        <source>The redirect URI %1 has no port number; Waveshelf needs one (for example http://127.0.0.1:8765/callback) to receive the answer from your web browser.</source>
        <translation>Die Weiterleitungs-URI %1 hat keine Portnummer; Waveshelf braucht eine (zum Beispiel http://127.0.0.1:8765/callback), um die Antwort deines Webbrowsers zu empfangen.</translation>
    </message>
    <message>
        <source>Waveshelf is already waiting for your web browser.</source>
        <translation>Waveshelf wartet bereits auf deinen Webbrowser.</translation>
    </message>
    <message>
        <source>This sign-in attempt cannot be checked; please start again.</source>
        <translation>Dieser Anmeldeversuch kann nicht überprüft werden; bitte beginne erneut.</translation>
    </message>
    <message>
        <source>Another program is using port %1 on this computer, so Waveshelf cannot receive the answer from your web browser. Close that program and try again, or change the redirect URI in File → Settings (and in your SoundCloud app) to another port.</source>
        <translation>Ein anderes Programm verwendet Port %1 auf diesem Computer, daher kann Waveshelf die Antwort deines Webbrowsers nicht empfangen. Schließe dieses Programm und versuch es noch einmal, oder ändere die Weiterleitungs-URI unter Datei → Einstellungen (und in deiner SoundCloud-App) auf einen anderen Port.</translation>
    </message>
    <message>
        <source>Waveshelf could not listen on port %1 on this computer to receive the answer from your web browser. Try again, or change the redirect URI in File → Settings.</source>
        <translation>Waveshelf konnte auf diesem Computer nicht an Port %1 auf die Antwort deines Webbrowsers warten. Versuch es noch einmal, oder ändere die Weiterleitungs-URI unter Datei → Einstellungen.</translation>
    </message>
    <message>
        <source>You cancelled signing in with your web browser. Nothing was changed.</source>
        <translation>Du hast die Anmeldung mit deinem Webbrowser abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <source>This request is too large.</source>
        <translation>Diese Anfrage ist zu groß.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>Waveshelf could not read this request.</source>
        <translation>Waveshelf konnte diese Anfrage nicht lesen.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>There is nothing at this address.</source>
        <translation>Unter dieser Adresse gibt es nichts.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>This address only answers GET requests.</source>
        <translation>Diese Adresse beantwortet nur GET-Anfragen.</translation>
    </message>
    <message>
        <source>Waveshelf</source>
        <translation>Waveshelf</translation>
    </message>
    <message>
        <source>Nothing to do here</source>
        <translation>Hier gibt es nichts zu tun</translation>
    </message>
    <message>
        <source>This address only receives SoundCloud&apos;s answer for Waveshelf.</source>
        <translation>Diese Adresse empfängt nur die Antwort von SoundCloud für Waveshelf.</translation>
    </message>
    <message>
        <source>Signed in — Waveshelf</source>
        <translation>Angemeldet — Waveshelf</translation>
    </message>
    <message>
        <source>You can close this tab and return to Waveshelf.</source>
        <translation>Du kannst diesen Tab schließen und zu Waveshelf zurückkehren.</translation>
    </message>
    <message>
        <source>Waveshelf received SoundCloud&apos;s answer and is finishing the connection.</source>
        <translation>Waveshelf hat die Antwort von SoundCloud erhalten und stellt nun die Verbindung her.</translation>
    </message>
    <message>
        <source>This sign-in answer is out of date</source>
        <translation>Diese Anmeldeantwort ist veraltet</translation>
    </message>
    <message>
        <source>It does not belong to the sign-in Waveshelf is waiting for. Return to Waveshelf and continue from there.</source>
        <translation>Die Antwort gehört nicht zu der Anmeldung, auf die Waveshelf wartet. Kehre zu Waveshelf zurück und mach dort weiter.</translation>
    </message>
    <message>
        <source>Declined — Waveshelf</source>
        <translation>Abgelehnt — Waveshelf</translation>
    </message>
    <message>
        <source>You declined the connection</source>
        <translation>Du hast die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Nothing was changed. You can close this tab and return to Waveshelf.</source>
        <translation>Es wurde nichts geändert. Du kannst diesen Tab schließen und zu Waveshelf zurückkehren.</translation>
    </message>
    <message>
        <source>Not connected — Waveshelf</source>
        <translation>Nicht verbunden — Waveshelf</translation>
    </message>
    <message>
        <source>SoundCloud did not approve the sign-in</source>
        <translation>SoundCloud hat die Anmeldung nicht bestätigt</translation>
    </message>
    <message>
        <source>You can close this tab and return to Waveshelf to try again.</source>
        <translation>Du kannst diesen Tab schließen und in Waveshelf einen neuen Versuch starten.</translation>
    </message>
</context>
<context>
    <name>waveshelf::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;SoundCloud</source>
        <translation>&amp;SoundCloud</translation>
    </message>
    <message>
        <source>&amp;Connect to SoundCloud</source>
        <translation>Mit SoundCloud &amp;verbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Verbindung &amp;trennen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Waveshelf</source>
        <translation>&amp;Über Waveshelf</translation>
    </message>
    <message>
        <source>New settings apply the next time you log in.</source>
        <translation>Neue Einstellungen gelten ab der nächsten Anmeldung.</translation>
    </message>
    <message>
        <source>About Waveshelf</source>
        <translation>Über Waveshelf</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Waveshelf %1&lt;/h3&gt;&lt;p&gt;A native desktop app for SoundCloud.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Waveshelf %1&lt;/h3&gt;&lt;p&gt;Eine native Desktop-App für SoundCloud.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SoundCloud sandbox at %1</source>
        <translation>SoundCloud-Sandbox unter %1</translation>
    </message>
    <message>
        <source>not SoundCloud: %1</source>
        <translation>nicht SoundCloud: %1</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Dienst: %1</translation>
    </message>
    <message>
        <source>Service: SoundCloud</source>
        <translation>Dienst: SoundCloud</translation>
    </message>
    <message>
        <source>&amp;Reconnect to SoundCloud</source>
        <translation>&amp;Neu mit SoundCloud verbinden</translation>
    </message>
    <message>
        <source>Set by the sandbox for this session; saved only if you change it.</source>
        <translation>Für diese Sitzung von der Sandbox gesetzt; nur gespeichert, wenn du es änderst.</translation>
    </message>
    <message>
        <source>Not connected to SoundCloud.</source>
        <translation>Nicht mit SoundCloud verbunden.</translation>
    </message>
</context>
<context>
    <name>waveshelf::MessageBar</name>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>waveshelf::MprisService</name>
    <message>
        <source>The desktop&apos;s media controls (MPRIS) are not available.</source>
        <translation>Die Mediensteuerung des Desktops (MPRIS) ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>waveshelf::OfflineBanner</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Offline — showing your library from %1</source>
        <translation>Offline – deine Bibliothek vom Stand %1</translation>
    </message>
    <message>
        <source>Offline — showing your saved library</source>
        <translation>Offline – deine gespeicherte Bibliothek</translation>
    </message>
</context>
<context>
    <name>waveshelf::OwnAppForm</name>
    <message>
        <source>1. Sign in at &lt;a href=&quot;https://soundcloud.com/you/apps&quot;&gt;soundcloud.com/you/apps&lt;/a&gt; and register a new app (any name, such as “Waveshelf on my computer”).&lt;br&gt;2. Enter this redirect URI for the app there, exactly as shown:</source>
        <translation>1. Melde dich unter &lt;a href=&quot;https://soundcloud.com/you/apps&quot;&gt;soundcloud.com/you/apps&lt;/a&gt; an und registriere eine neue App (beliebiger Name, etwa „Waveshelf auf meinem Computer“).&lt;br&gt;2. Gib dort diese Weiterleitungs-URI für die App ein, genau wie angezeigt:</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copies the redirect URI</source>
        <translation>Kopiert die Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>3. Copy the app&apos;s client ID (and its client secret, if it shows one) here:</source>
        <translation>3. Kopiere die Client-ID der App (und ihr Client-Secret, falls sie eines anzeigt) hierher:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret (optional):</source>
        <translation>Client-S&amp;ecret (optional):</translation>
    </message>
    <message>
        <source>About the client secret</source>
        <translation>Über das Client-Secret</translation>
    </message>
    <message>
        <source>A client secret is set in the environment variable WAVESHELF_CLIENT_SECRET: Waveshelf uses it and does not store it.</source>
        <translation>In der Umgebungsvariablen WAVESHELF_CLIENT_SECRET ist ein Client-Secret gesetzt: Waveshelf verwendet es und speichert es nicht.</translation>
    </message>
    <message>
        <source>Most apps work without one. A secret you enter is kept in the system keyring, never in Waveshelf&apos;s settings file.</source>
        <translation>Die meisten Apps funktionieren ohne. Ein Secret, das du eingibst, wird im Schlüsselbund des Systems aufbewahrt, nie in der Einstellungsdatei von Waveshelf.</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Checks that SoundCloud&apos;s sign-in and token addresses answer</source>
        <translation>Prüft, ob die Anmelde- und Token-Adressen von SoundCloud antworten</translation>
    </message>
    <message>
        <source>Save and co&amp;ntinue</source>
        <translation>Speichern und &amp;weiter</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Please enter your app&apos;s client ID.</source>
        <translation>Bitte gib die Client-ID deiner App ein.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Works: %1</source>
        <translation>Funktioniert: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Everything answers: save and continue.</source>
        <translation>Alles antwortet: Jetzt speichern und weiter.</translation>
    </message>
    <message>
        <source>The client ID is saved. Press “Save and continue” again to go on without the secret.</source>
        <translation>Die Client-ID ist gespeichert. Klicke erneut auf „Speichern und weiter“, um ohne das Secret fortzufahren.</translation>
    </message>
</context>
<context>
    <name>waveshelf::PlaceHeader</name>
    <message>
        <source>&amp;Play all</source>
        <translation>&amp;Alle abspielen</translation>
    </message>
    <message>
        <source>S&amp;huffle</source>
        <translation>&amp;Zufällig</translation>
    </message>
    <message>
        <source>Play all</source>
        <translation>Alle abspielen</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>Zufallswiedergabe</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Du folgst</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>You follow them; click to unfollow</source>
        <translation>Du folgst dieser Person; klick, um ihr nicht mehr zu folgen</translation>
    </message>
    <message>
        <source>Follow them on SoundCloud</source>
        <translation>Dieser Person auf SoundCloud folgen</translation>
    </message>
</context>
<context>
    <name>waveshelf::PlayQueue</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Now playing: %1 by %2</source>
        <translation>Läuft gerade: %1 von %2</translation>
    </message>
</context>
<context>
    <name>waveshelf::PlaybackSettingsPage</name>
    <message>
        <source>Audio &amp;output:</source>
        <translation>Audio&amp;ausgabe:</translation>
    </message>
    <message>
        <source>Audio output</source>
        <translation>Audioausgabe</translation>
    </message>
    <message>
        <source>Where Waveshelf plays. A change applies the next time you log in.</source>
        <translation>Worauf Waveshelf abspielt. Eine Änderung gilt ab der nächsten Anmeldung.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (nicht angeschlossen)</translation>
    </message>
</context>
<context>
    <name>waveshelf::PlaybackUi</name>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>&amp;Play/Pause</source>
        <translation>&amp;Abspielen/Pause</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation>&amp;Vorheriger Track</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächster Track</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Queue</source>
        <translation>&amp;Warteschlange anzeigen</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Player</translation>
    </message>
    <message>
        <source>Copy &amp;Link at Current Time</source>
        <translation>&amp;Link zur aktuellen Stelle kopieren</translation>
    </message>
    <message>
        <source>“%1” has no SoundCloud link to share.</source>
        <translation>„%1“ hat keinen SoundCloud-Link zum Teilen.</translation>
    </message>
    <message>
        <source>Nothing is playing.</source>
        <translation>Gerade läuft nichts.</translation>
    </message>
    <message>
        <source>Copied the link to “%1” at %2.</source>
        <translation>Link zu „%1“ bei %2 kopiert.</translation>
    </message>
</context>
<context>
    <name>waveshelf::PlayerBar</name>
    <message>
        <source>Previous</source>
        <translation>Vorheriger Track</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster Track</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>Zufallswiedergabe</translation>
    </message>
    <message>
        <source>Repeat: off</source>
        <translation>Wiederholen: aus</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm schalten</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Player</translation>
    </message>
    <message>
        <source>Artwork</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Verstrichene Zeit</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>%1:%2:%3</source>
        <comment>hours:minutes:seconds</comment>
        <translation>%1:%2:%3</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <comment>minutes:seconds</comment>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <source>Artist: %1</source>
        <translation>Künstler: %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Ton einschalten</translation>
    </message>
    <message>
        <source>Repeat: all</source>
        <translation>Wiederholen: alle</translation>
    </message>
    <message>
        <source>Repeat: one track</source>
        <translation>Wiederholen: ein Track</translation>
    </message>
    <message>
        <source>Buffering…</source>
        <translation>Puffern…</translation>
    </message>
    <message>
        <source>Preview: only 30 seconds of this track play.</source>
        <translation>Vorschau: Von diesem Track werden nur 30 Sekunden abgespielt.</translation>
    </message>
</context>
<context>
    <name>waveshelf::PlayerController</name>
    <message>
        <source>Only a preview of “%1” can be played with your SoundCloud account; Waveshelf plays the preview.</source>
        <translation>Mit deinem SoundCloud-Konto kann nur eine Vorschau von „%1“ abgespielt werden; Waveshelf spielt die Vorschau.</translation>
    </message>
    <message>
        <source>%1 Skipped to the next track.</source>
        <translation>%1 Weiter zum nächsten Track.</translation>
    </message>
    <message>
        <source>“%1” could not be played.</source>
        <translation>„%1“ konnte nicht abgespielt werden.</translation>
    </message>
</context>
<context>
    <name>waveshelf::PlaylistController</name>
    <message>
        <source>New playlist…</source>
        <translation>Neue Playlist…</translation>
    </message>
    <message>
        <source>Reading your playlists…</source>
        <translation>Deine Playlists werden gelesen…</translation>
    </message>
    <message>
        <source>Your playlists could not be read; try again later.</source>
        <translation>Deine Playlists konnten nicht gelesen werden; versuch es später noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%Ln Track</numerusform>
            <numerusform>%Ln Tracks</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding to “%1”…</source>
        <translation>Wird zu „%1“ hinzugefügt…</translation>
    </message>
    <message>
        <source>“%1” has this track already.</source>
        <translation>„%1“ enthält diesen Track bereits.</translation>
    </message>
    <message>
        <source>“%1” has these tracks already.</source>
        <translation>„%1“ enthält diese Tracks bereits.</translation>
    </message>
    <message>
        <source>“%1” is as it was.</source>
        <translation>„%1“ ist wieder wie vorher.</translation>
    </message>
    <message>
        <source>New Playlist</source>
        <translation>Neue Playlist</translation>
    </message>
    <message>
        <source>Title of the new playlist (private; you can share it on SoundCloud):</source>
        <translation>Titel der neuen Playlist (privat; du kannst sie auf SoundCloud teilen):</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>„%1“ wird erstellt…</translation>
    </message>
    <message numerus="yes">
        <source>Created “%1” with %n track(s).</source>
        <translation>
            <numerusform>„%1“ mit %Ln Track erstellt.</numerusform>
            <numerusform>„%1“ mit %Ln Tracks erstellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n track(s) from “%1”.</source>
        <translation>
            <numerusform>%Ln Track aus „%1“ entfernt.</numerusform>
            <numerusform>%Ln Tracks aus „%1“ entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved tracks in “%1”.</source>
        <translation>Tracks in „%1“ verschoben.</translation>
    </message>
    <message>
        <source>Rename Playlist</source>
        <translation>Playlist umbenennen</translation>
    </message>
    <message>
        <source>New title of “%1”:</source>
        <translation>Neuer Titel für „%1“:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>„%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Delete Playlist</source>
        <translation>Playlist löschen</translation>
    </message>
    <message>
        <source>Delete “%1”? Its tracks stay on SoundCloud; the playlist, its link and its likes go.</source>
        <translation>„%1“ löschen? Die Tracks bleiben auf SoundCloud; die Playlist, ihr Link und ihre Likes verschwinden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>“%1” is back, with a new link.</source>
        <translation>„%1“ ist wieder da, mit einem neuen Link.</translation>
    </message>
</context>
<context>
    <name>waveshelf::PlaylistListModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>waveshelf::PlaylistTrackActions</name>
    <message>
        <source>Remove from playlist</source>
        <translation>Aus der Playlist entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Show the playlist in its own order (no sorting, no filter) to move tracks.</source>
        <translation>Zeig die Playlist in ihrer eigenen Reihenfolge (ohne Sortierung und Filter), um Tracks zu verschieben.</translation>
    </message>
</context>
<context>
    <name>waveshelf::QueueItemDelegate</name>
    <message>
        <source>Now playing</source>
        <translation>Läuft gerade</translation>
    </message>
    <message>
        <source>Up next</source>
        <translation>Als Nächstes</translation>
    </message>
</context>
<context>
    <name>waveshelf::QueueView</name>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the selected track up (Alt+Up)</source>
        <translation>Den ausgewählten Track nach oben verschieben (Alt+Nach-oben)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the selected track down (Alt+Down)</source>
        <translation>Den ausgewählten Track nach unten verschieben (Alt+Nach-unten)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected track from the queue (Delete)</source>
        <translation>Den ausgewählten Track aus der Warteschlange entfernen (Entf)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Remove every track from the queue but the one playing</source>
        <translation>Alle Tracks außer dem laufenden aus der Warteschlange entfernen</translation>
    </message>
</context>
<context>
    <name>waveshelf::SandboxProcess</name>
    <message>
        <source>Waveshelf could not find the SoundCloud sandbox (the program waveshelf-sandbox), which is not part of the Waveshelf package. Install the package waveshelf-sandbox, or build Waveshelf from its source code (scripts/run.sh), where the sandbox is built beside the app.</source>
        <translation>Waveshelf konnte die SoundCloud-Sandbox (das Programm waveshelf-sandbox) nicht finden; sie gehört nicht zum Waveshelf-Paket. Installiere das Paket waveshelf-sandbox oder baue Waveshelf aus dem Quellcode (scripts/run.sh), wo die Sandbox neben der App gebaut wird.</translation>
    </message>
    <message>
        <source>The SoundCloud sandbox could not be started: %1</source>
        <translation>Die SoundCloud-Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The SoundCloud sandbox stopped before it was ready (%1).</source>
        <translation>Die SoundCloud-Sandbox wurde beendet, bevor sie bereit war (%1).</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Rückgabewert %1</translation>
    </message>
    <message>
        <source>The SoundCloud sandbox stopped (exit code %1). Quit and start Waveshelf again to try it once more.</source>
        <translation>Die SoundCloud-Sandbox wurde beendet (Rückgabewert %1). Beende Waveshelf und starte es neu, um es noch einmal zu versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>The SoundCloud sandbox did not start within %n second(s).</source>
        <translation>
            <numerusform>Die SoundCloud-Sandbox ist nicht innerhalb von %Ln Sekunde gestartet.</numerusform>
            <numerusform>Die SoundCloud-Sandbox ist nicht innerhalb von %Ln Sekunden gestartet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SoundCloud sandbox did not say where it listens: it may be from another version of Waveshelf.</source>
        <translation>Die SoundCloud-Sandbox hat nicht mitgeteilt, wo sie erreichbar ist: Vielleicht stammt sie aus einer anderen Version von Waveshelf.</translation>
    </message>
</context>
<context>
    <name>waveshelf::SearchField</name>
    <message>
        <source>Search SoundCloud</source>
        <translation>Auf SoundCloud suchen</translation>
    </message>
</context>
<context>
    <name>waveshelf::SettingsDialog</name>
    <message>
        <source>Where Waveshelf keeps its database and settings</source>
        <translation>Wo Waveshelf seine Datenbank und Einstellungen speichert</translation>
    </message>
    <message>
        <source>No client secret is set now.</source>
        <translation>Derzeit ist kein Client-Secret gesetzt.</translation>
    </message>
    <message>
        <source>A client secret is set now.</source>
        <translation>Derzeit ist ein Client-Secret gesetzt.</translation>
    </message>
    <message>
        <source>About the client secret</source>
        <translation>Über das Client-Secret</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Hinweis zu %1</translation>
    </message>
    <message>
        <source>Set by the environment variable %1, so it cannot be changed here.</source>
        <translation>Durch die Umgebungsvariable %1 festgelegt; kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>The client secret is not set here: Waveshelf reads it from the environment variable WAVESHELF_CLIENT_SECRET or from the system keyring (where the first-run guide keeps it), and never writes it to the settings file. Most people do not need one.</source>
        <translation>Das Client-Secret wird nicht hier festgelegt: Waveshelf liest es aus der Umgebungsvariablen WAVESHELF_CLIENT_SECRET oder aus dem Schlüsselbund des Systems (wo der Einrichtungsassistent es ablegt) und schreibt es nie in die Einstellungsdatei. Die meisten brauchen keines.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>Waveshelf speaks the language chosen here from its next start.</source>
        <translation>Waveshelf verwendet die hier gewählte Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>A PostgreSQL database shared by several computers, as postgresql://user@server/database. The password is read from ~/.pgpass or PGPASSWORD, never from here. Used from the next start. The server keeps each local user&apos;s name, Argon2id password hash and vault salt, and the SoundCloud tokens and library only as sealed blobs that the user&apos;s password opens. A server on another computer is reached over TLS with its certificate checked (sslmode=verify-full, with the certificate authority in ~/.postgresql/root.crt) unless the URL names another sslmode.</source>
        <translation>Eine PostgreSQL-Datenbank, die mehrere Computer gemeinsam nutzen, als postgresql://benutzer@server/datenbank. Das Passwort wird aus ~/.pgpass oder PGPASSWORD gelesen, nie von hier. Gilt ab dem nächsten Start. Der Server speichert für jeden lokalen Benutzer den Namen, den Argon2id-Passwort-Hash und das Salz des Tresors, die SoundCloud-Tokens und die Bibliothek nur als versiegelte Daten, die das Passwort des Benutzers öffnet. Ein Server auf einem anderen Computer wird über TLS mit geprüftem Zertifikat erreicht (sslmode=verify-full, mit der Zertifizierungsstelle in ~/.postgresql/root.crt), sofern die URL keinen anderen sslmode nennt.</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
</context>
<context>
    <name>waveshelf::SignInPopupWindow</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign-in window</source>
        <translation>Anmeldefenster</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Anmeldeseite</translation>
    </message>
    <message>
        <source>Sign in – %1</source>
        <translation>Anmelden – %1</translation>
    </message>
</context>
<context>
    <name>waveshelf::StreamResolver</name>
    <message>
        <source>SoundCloud no longer has “%1”.</source>
        <translation>SoundCloud hat „%1“ nicht mehr.</translation>
    </message>
    <message>
        <source>SoundCloud does not allow “%1” to be played.</source>
        <translation>SoundCloud erlaubt nicht, „%1“ abzuspielen.</translation>
    </message>
    <message>
        <source>SoundCloud did not accept the request right now; try again.</source>
        <translation>SoundCloud hat die Anfrage gerade nicht angenommen. Bitte versuch es noch einmal.</translation>
    </message>
    <message>
        <source>SoundCloud offers no stream of “%1” that Waveshelf can play.</source>
        <translation>SoundCloud bietet keinen Stream von „%1“ an, den Waveshelf abspielen kann.</translation>
    </message>
    <message>
        <source>SoundCloud sent the stream of “%1” in a way Waveshelf cannot play.</source>
        <translation>SoundCloud hat den Stream von „%1“ in einer Form gesendet, die Waveshelf nicht abspielen kann.</translation>
    </message>
    <message>
        <source>SoundCloud sent the stream of “%1” to an address Waveshelf does not play from.</source>
        <translation>SoundCloud hat den Stream von „%1“ an eine Adresse verwiesen, von der Waveshelf nicht abspielt.</translation>
    </message>
</context>
<context>
    <name>waveshelf::TrackItemDelegate</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Blocked: SoundCloud does not play this track in your country or on your plan</source>
        <translation>Gesperrt: SoundCloud spielt diesen Track in deinem Land oder mit deinem Abo nicht ab</translation>
    </message>
</context>
<context>
    <name>waveshelf::TrackListModel</name>
    <message>
        <source>Not playable in your country or on your plan (%1)</source>
        <translation>In deinem Land oder mit deinem Abo nicht abspielbar (%1)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Künstler</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Blocked: SoundCloud does not play this track in your country or on your plan</source>
        <translation>Gesperrt: SoundCloud spielt diesen Track in deinem Land oder mit deinem Abo nicht ab</translation>
    </message>
    <message>
        <source>Preview: only a short part of this track plays on your plan</source>
        <translation>Vorschau: Mit deinem Abo wird nur ein kurzer Teil dieses Tracks abgespielt</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Plays</source>
        <translation>Wiedergaben</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Liked</source>
        <translation>Gefällt mir</translation>
    </message>
    <message>
        <source>Liked: click to unlike</source>
        <translation>Mit „Gefällt mir“ markiert: klicken zum Entfernen</translation>
    </message>
    <message>
        <source>Not liked: click to like</source>
        <translation>Nicht mit „Gefällt mir“ markiert: klicken zum Markieren</translation>
    </message>
</context>
<context>
    <name>waveshelf::TrackTableView</name>
    <message>
        <source>Tracks</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <source>Open on SoundCloud</source>
        <translation>Auf SoundCloud öffnen</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>Gefällt mir</translation>
    </message>
    <message>
        <source>Go to artist</source>
        <translation>Zum Künstler</translation>
    </message>
    <message>
        <source>Unlike</source>
        <translation>Gefällt mir nicht mehr</translation>
    </message>
    <message>
        <source>Track actions</source>
        <translation>Track-Aktionen</translation>
    </message>
    <message>
        <source>Play next</source>
        <translation>Als Nächstes abspielen</translation>
    </message>
    <message>
        <source>Add to queue</source>
        <translation>Zur Warteschlange hinzufügen</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Add to playlist</source>
        <translation>Zur Playlist hinzufügen</translation>
    </message>
    <message>
        <source>Related tracks</source>
        <translation>Ähnliche Tracks</translation>
    </message>
</context>
<context>
    <name>waveshelf::UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
</context>
<context>
    <name>waveshelf::UserListModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
</context>
</TS>
