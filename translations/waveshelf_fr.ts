<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiClient</name>
    <message>
        <source>SoundCloud pointed Waveshelf to another server; the request was not sent.</source>
        <translation>SoundCloud a redirigé Waveshelf vers un autre serveur&#xa0;; la requête n’a pas été envoyée.</translation>
    </message>
    <message>
        <source>SoundCloud did not accept the request right now; try again.</source>
        <translation>SoundCloud n’a pas accepté la requête pour le moment&#xa0;; réessayez.</translation>
    </message>
</context>
<context>
    <name>ApiJson</name>
    <message>
        <source>SoundCloud sent an answer Waveshelf cannot read. Try again later.</source>
        <translation>SoundCloud a envoyé une réponse que Waveshelf ne peut pas lire. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>SoundCloud no longer accepts this connection. Please reconnect.</source>
        <translation>SoundCloud n’accepte plus cette connexion. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>SoundCloud asks Waveshelf to wait until %1 before trying again.</source>
        <translation>SoundCloud demande à Waveshelf d’attendre jusqu’au %1 avant de réessayer.</translation>
    </message>
    <message>
        <source>SoundCloud is busy right now; try again in a moment.</source>
        <translation>SoundCloud est occupé pour le moment&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>SoundCloud is unreachable, try again.</source>
        <translation>SoundCloud est injoignable, réessayez.</translation>
    </message>
    <message>
        <source>SoundCloud could not find what was asked for.</source>
        <translation>SoundCloud n’a pas trouvé ce qui était demandé.</translation>
    </message>
    <message>
        <source>SoundCloud refused the request (error %1). Try again later.</source>
        <translation>SoundCloud a refusé la requête (erreur %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>SoundCloud refused this request.</source>
        <translation>SoundCloud a refusé cette demande.</translation>
    </message>
    <message>
        <source>SoundCloud refused this request: “%1”</source>
        <translation>SoundCloud a refusé cette demande&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ArtworkCacheFolder</name>
    <message>
        <source>The artwork cache folder %1 is not yours, so Waveshelf does not keep your artwork there.</source>
        <translation>Le dossier de cache des pochettes %1 ne vous appartient pas&#xa0;; Waveshelf n’y conserve donc pas vos pochettes.</translation>
    </message>
</context>
<context>
    <name>AuthorizedGet</name>
    <message>
        <source>SoundCloud pointed Waveshelf to another server; the request was not sent.</source>
        <translation>SoundCloud a redirigé Waveshelf vers un autre serveur&#xa0;; la requête n’a pas été envoyée.</translation>
    </message>
</context>
<context>
    <name>BrowserProfileFolder</name>
    <message>
        <source>The browser profile folder %1 is not yours, so Waveshelf does not keep your SoundCloud sign-in there.</source>
        <translation>Le dossier de profil du navigateur %1 ne vous appartient pas&#xa0;; Waveshelf n’y conserve donc pas votre session SoundCloud.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>%1 never takes a password on the command line, where other users and the shell history could see it. Type it when asked, or give it on standard input with --password-stdin.</source>
        <translation>%1 n’accepte jamais de mot de passe sur la ligne de commande, où d’autres utilisateurs et l’historique du shell pourraient le voir. Saisissez-le quand il est demandé, ou passez-le sur l’entrée standard avec --password-stdin.</translation>
    </message>
    <message>
        <source>List a local user&apos;s own SoundCloud tracks.</source>
        <translation>Lister les morceaux qu’un utilisateur local a publiés sur SoundCloud.</translation>
    </message>
    <message>
        <source>List the tracks a local user liked.</source>
        <translation>Lister les morceaux qu’un utilisateur local a aimés.</translation>
    </message>
    <message>
        <source>Waveshelf from a terminal: local users, their SoundCloud connection and their library, with the app&apos;s settings and database.</source>
        <translation>Waveshelf dans un terminal&#xa0;: utilisateurs locaux, leur connexion SoundCloud et leur bibliothèque, avec les paramètres et la base de données de l’application.</translation>
    </message>
    <message>
        <source>What to do; see the list below.</source>
        <translation>L’action à effectuer&#xa0;; voir la liste ci-dessous.</translation>
    </message>
    <message>
        <source>There is no command &quot;users %1&quot;.</source>
        <translation>Il n’y a pas de commande «&#xa0;users %1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no command &quot;%1&quot;.</source>
        <translation>Il n’y a pas de commande «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>Il manque %1.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source> [--data-dir DIR] &lt;command&gt; [options]</source>
        <translation> [--data-dir DOSSIER] &lt;commande&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>&quot;%1 &lt;command&gt; --help&quot; tells more about a command.</source>
        <translation>«&#xa0;%1 &lt;commande&gt; --help&#xa0;» en dit plus sur une commande.</translation>
    </message>
    <message>
        <source>Settings and environment variables are the app&apos;s: WAVESHELF_DATA_DIR, WAVESHELF_CLIENT_ID, WAVESHELF_CLIENT_SECRET, WAVESHELF_REDIRECT_URI, WAVESHELF_AUTHORIZE_URL, WAVESHELF_TOKEN_URL, WAVESHELF_API_URL.</source>
        <translation>Les paramètres et les variables d’environnement sont ceux de l’application&#xa0;: WAVESHELF_DATA_DIR, WAVESHELF_CLIENT_ID, WAVESHELF_CLIENT_SECRET, WAVESHELF_REDIRECT_URI, WAVESHELF_AUTHORIZE_URL, WAVESHELF_TOKEN_URL, WAVESHELF_API_URL.</translation>
    </message>
    <message>
        <source> &lt;command&gt; [options]</source>
        <translation> &lt;commande&gt; [options]</translation>
    </message>
    <message>
        <source> [options]</source>
        <translation> [options]</translation>
    </message>
    <message>
        <source>Passwords: asked at the terminal (not shown as you type), or read from standard input with --password-stdin, one per line. Never taken from the command line.</source>
        <translation>Mots de passe&#xa0;: demandés dans le terminal (rien ne s’affiche pendant la saisie) ou lus sur l’entrée standard avec --password-stdin, un par ligne. Jamais pris sur la ligne de commande.</translation>
    </message>
    <message>
        <source>Exit codes:
  0  done
  1  another error (database, files, a sign-in that was declined...)
  2  usage: the command line or the password input is not right
  3  not connected to SoundCloud, or SoundCloud wants you to reconnect
  4  SoundCloud is unreachable or busy (time-outs, server errors, 429): try again later
  5  wrong password or unknown user</source>
        <translation>Codes de sortie&#xa0;:
  0  terminé
  1  autre erreur (base de données, fichiers, identification refusée…)
  2  utilisation&#xa0;: la ligne de commande ou la saisie du mot de passe est incorrecte
  3  non connecté à SoundCloud, ou SoundCloud demande de se reconnecter
  4  SoundCloud est injoignable ou occupé (délais dépassés, erreurs du serveur, 429)&#xa0;: réessayez plus tard
  5  mot de passe incorrect ou utilisateur inconnu</translation>
    </message>
    <message>
        <source>List a local user&apos;s stream (what the people they follow post).</source>
        <translation>Lister le flux d’un utilisateur local (ce que publient les personnes qu’il suit).</translation>
    </message>
    <message>
        <source>List the tracks of one playlist.</source>
        <translation>Lister les morceaux d’une playlist.</translation>
    </message>
    <message>
        <source>List the tracks a local user played last.</source>
        <translation>Lister les morceaux qu’un utilisateur local a écoutés en dernier.</translation>
    </message>
    <message>
        <source>List the tracks SoundCloud relates to one.</source>
        <translation>Lister les morceaux que SoundCloud associe à un morceau.</translation>
    </message>
</context>
<context>
    <name>ClientSecretStore</name>
    <message>
        <source>The system keyring did not let Waveshelf use the client secret (access was denied). You can set it in the environment variable WAVESHELF_CLIENT_SECRET instead.</source>
        <translation>Le trousseau du système n’a pas autorisé Waveshelf à utiliser le secret client (accès refusé). Vous pouvez plutôt le définir dans la variable d’environnement WAVESHELF_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>No keyring service is running on this computer (such as GNOME Keyring or KWallet), so Waveshelf cannot keep a client secret. If your SoundCloud app needs one, set the environment variable WAVESHELF_CLIENT_SECRET before starting Waveshelf; it is never written to disk.</source>
        <translation>Aucun service de trousseau ne fonctionne sur cet ordinateur (comme GNOME Keyring ou KWallet)&#xa0;; Waveshelf ne peut donc pas conserver de secret client. Si votre application SoundCloud en a besoin, définissez la variable d’environnement WAVESHELF_CLIENT_SECRET avant de démarrer Waveshelf&#xa0;; il n’est jamais écrit sur le disque.</translation>
    </message>
    <message>
        <source>Waveshelf&apos;s settings say your SoundCloud app&apos;s client secret is in the system keyring, but it is not there any more. Set the environment variable WAVESHELF_CLIENT_SECRET, or enter the secret again in the first-run guide (clear the client ID in File → Settings… to see it again).</source>
        <translation>Selon les paramètres de Waveshelf, le secret client de votre application SoundCloud se trouve dans le trousseau du système, mais il n’y est plus. Définissez la variable d’environnement WAVESHELF_CLIENT_SECRET, ou saisissez à nouveau le secret dans l’assistant de premier démarrage (videz l’ID client dans Fichier → Paramètres… pour le revoir).</translation>
    </message>
</context>
<context>
    <name>CommonOptions</name>
    <message>
        <source>Use the Waveshelf data folder &lt;dir&gt; (default: $WAVESHELF_DATA_DIR, else the app&apos;s own).</source>
        <translation>Utiliser le dossier de données Waveshelf &lt;dossier&gt; (par défaut&#xa0;: $WAVESHELF_DATA_DIR, sinon celui de l’application).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Show Waveshelf&apos;s log messages on standard error.</source>
        <translation>Afficher les messages du journal de Waveshelf sur la sortie d’erreur standard.</translation>
    </message>
    <message>
        <source>The local Waveshelf user &lt;name&gt;.</source>
        <translation>L’utilisateur Waveshelf local &lt;nom&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Read the password from standard input (its first line) instead of asking.</source>
        <translation>Lire le mot de passe sur l’entrée standard (sa première ligne) au lieu de le demander.</translation>
    </message>
    <message>
        <source>Print JSON for machines instead of a table.</source>
        <translation>Afficher du JSON pour les programmes au lieu d’un tableau.</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; items (default: all).</source>
        <translation>Afficher au plus &lt;n&gt; éléments (par défaut&#xa0;: tous).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Say which local user with --user NAME.</source>
        <translation>Indiquez l’utilisateur local avec --user NAME.</translation>
    </message>
    <message>
        <source>--limit needs a whole number greater than 0.</source>
        <translation>--limit attend un nombre entier supérieur à 0.</translation>
    </message>
</context>
<context>
    <name>ConfigCheck</name>
    <message>
        <source>Please enter the %1.</source>
        <translation>Veuillez saisir l’%1.</translation>
    </message>
    <message>
        <source>The %1 must be a web address that starts with https:// or http://.</source>
        <translation>L’%1 doit être une adresse web commençant par https:// ou http://.</translation>
    </message>
    <message>
        <source>The %1 needs a server name after %2://, as in https://secure.soundcloud.com.</source>
        <translation>L’%1 doit contenir un nom de serveur après %2://, comme dans https://secure.soundcloud.com.</translation>
    </message>
    <message>
        <source>The %1 cannot contain a user name or password (the part before “@”).</source>
        <translation>L’%1 ne peut pas contenir de nom d’utilisateur ni de mot de passe (la partie avant «&#xa0;@&#xa0;»).</translation>
    </message>
    <message>
        <source>The %1 must start with https:// (plain http:// is only allowed for this computer, such as 127.0.0.1).</source>
        <translation>L’%1 doit commencer par https:// (le simple http:// n’est autorisé que pour cet ordinateur, par exemple 127.0.0.1).</translation>
    </message>
    <message>
        <source>The %1 cannot contain a “#” part.</source>
        <translation>L’%1 ne peut pas contenir de partie «&#xa0;#&#xa0;».</translation>
    </message>
    <message>
        <source>The client ID cannot contain spaces.</source>
        <translation>L’ID client ne peut pas contenir d’espaces.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirection</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>URL d’autorisation</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL du jeton</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL de l’API</translation>
    </message>
    <message>
        <source>The database URL must look like postgresql://user@server/database (or be empty for the database in the data folder).</source>
        <translation>L’URL de la base de données doit avoir la forme postgresql://utilisateur@serveur/base (ou être vide pour la base de données du dossier de données).</translation>
    </message>
    <message>
        <source>The database URL’s options (after “?”) may only contain letters, digits and _ . , : / + = -.</source>
        <translation>Les options de l’URL de la base de données (après «&#xa0;?&#xa0;») ne peuvent contenir que des lettres, des chiffres et _ . ,&#xa0;: / + = -.</translation>
    </message>
    <message>
        <source>The database URL cannot contain a password. Put the password in ~/.pgpass (or PGPASSWORD), where PostgreSQL&apos;s own tools read it.</source>
        <translation>L’URL de la base de données ne peut pas contenir de mot de passe. Mettez le mot de passe dans ~/.pgpass (ou PGPASSWORD), où les outils de PostgreSQL le lisent.</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>URL de la base de données</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <source>%1 in the settings file</source>
        <translation>%1 dans le fichier de paramètres</translation>
    </message>
    <message>
        <source>%1 is not used: “%2”. %3 Waveshelf uses %4 instead.</source>
        <translation>%1 n’est pas utilisé&#xa0;: «&#xa0;%2&#xa0;». %3 Waveshelf utilise %4 à la place.</translation>
    </message>
    <message>
        <source>The settings file %1 is not used: it belongs to another user (%2), who could send your SoundCloud sign-in elsewhere with it. Waveshelf uses its defaults and the environment; saving the settings replaces the file.</source>
        <translation>Le fichier de paramètres %1 n’est pas utilisé&#xa0;: il appartient à un autre utilisateur (%2), qui pourrait s’en servir pour envoyer votre session SoundCloud ailleurs. Waveshelf utilise ses valeurs par défaut et l’environnement&#xa0;; enregistrer les paramètres remplace le fichier.</translation>
    </message>
    <message>
        <source>The settings file %1 is not used: other users of this computer can change it (its permissions are %2), and so send your SoundCloud sign-in elsewhere. Waveshelf uses its defaults and the environment; saving the settings replaces the file.</source>
        <translation>Le fichier de paramètres %1 n’est pas utilisé&#xa0;: d’autres utilisateurs de cet ordinateur peuvent le modifier (ses permissions sont %2), et ainsi envoyer votre session SoundCloud ailleurs. Waveshelf utilise ses valeurs par défaut et l’environnement&#xa0;; enregistrer les paramètres remplace le fichier.</translation>
    </message>
    <message>
        <source>Could not replace the settings file %1, which belongs to another user.</source>
        <translation>Impossible de remplacer le fichier de paramètres %1, qui appartient à un autre utilisateur.</translation>
    </message>
    <message>
        <source>Could not save the settings to %1.</source>
        <translation>Impossible d’enregistrer les paramètres dans %1.</translation>
    </message>
    <message>
        <source>Could not create the data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>Waveshelf does not use the data folder %1: it belongs to another user (%2), who could change its settings and send your SoundCloud sign-in elsewhere. Use a folder of your own (--data-dir or WAVESHELF_DATA_DIR).</source>
        <translation>Waveshelf n’utilise pas le dossier de données %1&#xa0;: il appartient à un autre utilisateur (%2), qui pourrait modifier ses paramètres et envoyer votre session SoundCloud ailleurs. Utilisez un dossier à vous (--data-dir ou WAVESHELF_DATA_DIR).</translation>
    </message>
    <message>
        <source>Waveshelf does not use the data folder %1: other users of this computer can change what is in it (its permissions are %2), and so send your SoundCloud sign-in elsewhere. Make it yours alone (chmod 700) or use another folder (--data-dir or WAVESHELF_DATA_DIR).</source>
        <translation>Waveshelf n’utilise pas le dossier de données %1&#xa0;: d’autres utilisateurs de cet ordinateur peuvent modifier son contenu (ses permissions sont %2), et ainsi envoyer votre session SoundCloud ailleurs. Réservez-le à vous seul (chmod 700) ou utilisez un autre dossier (--data-dir ou WAVESHELF_DATA_DIR).</translation>
    </message>
    <message>
        <source>the database in its data folder</source>
        <translation>la base de données de son dossier de données</translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <source>y</source>
        <comment>the short yes of a y/N question</comment>
        <translation>o</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the long yes of a y/N question</comment>
        <translation>oui</translation>
    </message>
    <message>
        <source>Connect a local user to SoundCloud with your web browser.</source>
        <translation>Connecter un utilisateur local à SoundCloud avec votre navigateur web.</translation>
    </message>
    <message>
        <source>Prints the address to open in your web browser, then waits for SoundCloud to send the browser back to the redirect URI (WAVESHELF_REDIRECT_URI, default http://127.0.0.1:8765/callback), which must be on this computer. If you sign in to another SoundCloud account than the one already connected, nothing is changed unless you give --replace. Before a first connection it shows the SoundCloud account you signed in to and asks whether it is yours (another user of this computer could see the address and sign in with theirs); --yes connects it without asking.</source>
        <translation>Affiche l’adresse à ouvrir dans votre navigateur web, puis attend que SoundCloud renvoie le navigateur vers l’URI de redirection (WAVESHELF_REDIRECT_URI, par défaut http://127.0.0.1:8765/callback), qui doit se trouver sur cet ordinateur. Si vous vous identifiez avec un autre compte SoundCloud que celui déjà connecté, rien n’est modifié, sauf avec --replace. Avant une première connexion, la commande affiche le compte SoundCloud avec lequel vous vous êtes identifié et demande s’il est le vôtre (un autre utilisateur de cet ordinateur pourrait voir l’adresse et s’identifier avec le sien)&#xa0;; --yes le connecte sans demander.</translation>
    </message>
    <message>
        <source>Sign in with your web browser (the only way from a terminal).</source>
        <translation>S’identifier avec votre navigateur web (seule possibilité depuis un terminal).</translation>
    </message>
    <message>
        <source>Replace the connected SoundCloud account if you sign in to a different one.</source>
        <translation>Remplacer le compte SoundCloud connecté si vous vous identifiez avec un autre.</translation>
    </message>
    <message>
        <source>Connect the SoundCloud account you sign in to without asking whether it is yours.</source>
        <translation>Connecter le compte SoundCloud avec lequel vous vous identifiez sans demander s’il est le vôtre.</translation>
    </message>
    <message>
        <source>Stop waiting for the browser after &lt;seconds&gt; (default %1).</source>
        <translation>Cesser d’attendre le navigateur après &lt;secondes&gt; (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>From a terminal, connecting works through your web browser: add --browser.</source>
        <translation>Depuis un terminal, la connexion passe par votre navigateur web&#xa0;: ajoutez --browser.</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds greater than 0.</source>
        <translation>--timeout attend un nombre entier de secondes supérieur à 0.</translation>
    </message>
    <message>
        <source>After you sign in, Waveshelf asks at the terminal whether the SoundCloud account is yours, but standard input is not a terminal. Run the command at a terminal, or add --yes to connect the account that signs in without asking.</source>
        <translation>Après l’identification, Waveshelf demande dans le terminal si le compte SoundCloud est le vôtre, mais l’entrée standard n’est pas un terminal. Lancez la commande dans un terminal, ou ajoutez --yes pour connecter sans demander le compte qui s’identifie.</translation>
    </message>
    <message>
        <source>Open this address in your web browser to connect %1 to SoundCloud:</source>
        <translation>Ouvrez cette adresse dans votre navigateur web pour connecter %1 à SoundCloud&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for your browser (at most %n second(s); Ctrl+C stops)…</source>
        <translation>
            <numerusform>En attente de votre navigateur (%Ln seconde au plus&#xa0;; Ctrl+C pour arrêter)…</numerusform>
            <numerusform>En attente de votre navigateur (%Ln secondes au plus&#xa0;; Ctrl+C pour arrêter)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Your browser came back; finishing the connection…</source>
        <translation>Votre navigateur est revenu&#xa0;; finalisation de la connexion…</translation>
    </message>
    <message>
        <source>Your browser signed in to SoundCloud as %1; connecting it (--yes).</source>
        <translation>Votre navigateur s’est identifié sur SoundCloud en tant que %1&#xa0;; connexion du compte (--yes).</translation>
    </message>
    <message>
        <source>Your browser signed in to SoundCloud as %1. Connect %2 to this account? Answer y only if it is yours: another user of this computer could have signed in with theirs. [y/N] </source>
        <translation>Votre navigateur s’est identifié sur SoundCloud en tant que %1. Connecter %2 à ce compte&#xa0;? Répondez o seulement s’il est le vôtre&#xa0;: un autre utilisateur de cet ordinateur a pu s’identifier avec le sien. [o/N] </translation>
    </message>
    <message>
        <source>Replacing the connection to %1 with %2.</source>
        <translation>Remplacement de la connexion à %1 par %2.</translation>
    </message>
    <message>
        <source>You signed in to SoundCloud as %1, but %2 is connected to %3. Run again with --replace to replace it.</source>
        <translation>Vous vous êtes identifié sur SoundCloud en tant que %1, mais %2 est connecté à %3. Relancez avec --replace pour remplacer la connexion.</translation>
    </message>
    <message>
        <source>Connected %1 to SoundCloud as %2.</source>
        <translation>%1 est connecté à SoundCloud en tant que %2.</translation>
    </message>
</context>
<context>
    <name>ConnectFlow</name>
    <message>
        <source>Not connected: you did not confirm the SoundCloud account %1, so nothing was saved.</source>
        <translation>Non connecté&#xa0;: vous n’avez pas confirmé le compte SoundCloud %1, rien n’a donc été enregistré.</translation>
    </message>
    <message>
        <source>Kept your SoundCloud connection as it was; nothing was changed.</source>
        <translation>Votre connexion SoundCloud est restée telle quelle&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The SoundCloud window was closed before the connection was finished. Nothing was changed.</source>
        <translation>La fenêtre SoundCloud a été fermée avant la fin de la connexion. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>ConnectionRepository</name>
    <message>
        <source>This account is not connected to SoundCloud.</source>
        <translation>Ce compte n’est pas connecté à SoundCloud.</translation>
    </message>
    <message>
        <source>The SoundCloud connection was changed meanwhile. Please try again.</source>
        <translation>La connexion SoundCloud a été modifiée entre-temps. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Your SoundCloud connection is being refreshed right now. Nothing was changed; please try again in a minute.</source>
        <translation>Votre connexion SoundCloud est en cours de renouvellement. Rien n’a été modifié&#xa0;; veuillez réessayer dans une minute.</translation>
    </message>
</context>
<context>
    <name>ConnectionStore</name>
    <message>
        <source>%1 is connected to SoundCloud outside the sandbox. The sandbox leaves that connection alone: try the sandbox as another local user.</source>
        <translation>%1 est connecté à SoundCloud en dehors du bac à sable. Le bac à sable ne touche pas à cette connexion&#xa0;: essayez-le avec un autre utilisateur local.</translation>
    </message>
    <message>
        <source>%1 is connected to another SoundCloud service (%2). Reconnect to use this one, or switch back to %2 in Settings.</source>
        <translation>%1 est connecté à un autre service SoundCloud (%2). Reconnectez-vous pour utiliser celui-ci, ou revenez à %2 dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Run &quot;%1 --help&quot; for how to use it.</source>
        <translation>Lancez «&#xa0;%1 --help&#xa0;» pour savoir comment l’utiliser.</translation>
    </message>
</context>
<context>
    <name>CountText</name>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%Ln morceau</numerusform>
            <numerusform>%Ln morceaux</numerusform>
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
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>No tracks found for “%1”.</source>
        <translation>Aucun morceau trouvé pour « %1 ».</translation>
    </message>
    <message>
        <source>No playlists found for “%1”.</source>
        <translation>Aucune playlist trouvée pour « %1 ».</translation>
    </message>
    <message>
        <source>No people found for “%1”.</source>
        <translation>Aucune personne trouvée pour « %1 ».</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Rien ici pour l’instant.</translation>
    </message>
    <message>
        <source>Offline: this list is not saved on this computer</source>
        <translation>Hors ligne&#xa0;: cette liste n’est pas enregistrée sur cet ordinateur</translation>
    </message>
    <message>
        <source>Offline: %1 saved on this computer</source>
        <translation>Hors ligne&#xa0;: %1 sur cet ordinateur</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 loaded; the rest could not be loaded</source>
        <translation>%1&#xa0;; impossible de charger la suite</translation>
    </message>
    <message>
        <source>Filtering, %1 loaded so far…</source>
        <translation>Filtrage, %1 pour l’instant…</translation>
    </message>
    <message>
        <source>%1 loaded, more coming</source>
        <translation>%1, d’autres arrivent</translation>
    </message>
    <message>
        <source>%1 loaded; more as you scroll</source>
        <translation>%1&#xa0;; la suite en faisant défiler</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n shown)</source>
        <translation>
            <numerusform>%1 (%Ln affiché)</numerusform>
            <numerusform>%1 (%Ln affichés)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialCheck</name>
    <message>
        <source>The username or password is not correct.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Your saved data could not be unlocked. It may be damaged.</source>
        <translation>Vos données enregistrées n’ont pas pu être déverrouillées. Elles sont peut-être endommagées.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not open the database %1. It may be in use by another program, damaged, or not a Waveshelf database.</source>
        <translation>Impossible d’ouvrir la base de données %1. Elle est peut-être utilisée par un autre programme ou endommagée, ou ce n’est pas une base de données Waveshelf.</translation>
    </message>
    <message>
        <source>The database %1 can be read by other users of this computer, and Waveshelf could not change that. Make the file yours (readable by you only), then start Waveshelf again.</source>
        <translation>La base de données %1 est lisible par d’autres utilisateurs de cet ordinateur, et Waveshelf n’a pas pu changer cela. Rendez le fichier lisible par vous seul, puis relancez Waveshelf.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Waveshelf. Please update Waveshelf to open it.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de Waveshelf. Veuillez mettre à jour Waveshelf pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Could not upgrade the database %1.</source>
        <translation>Impossible de mettre à niveau la base de données %1.</translation>
    </message>
    <message>
        <source>The database is damaged: one of its keys has the wrong size.</source>
        <translation>La base de données est endommagée&#xa0;: l’une de ses clés n’a pas la bonne taille.</translation>
    </message>
</context>
<context>
    <name>DisconnectCommand</name>
    <message>
        <source>Forget a local user&apos;s SoundCloud connection (its tokens).</source>
        <translation>Oublier la connexion SoundCloud d’un utilisateur local (ses jetons).</translation>
    </message>
    <message>
        <source>Nothing changes on SoundCloud; connect again with &quot;connect --browser&quot;.</source>
        <translation>Rien ne change sur SoundCloud&#xa0;; reconnectez-vous avec «&#xa0;connect --browser&#xa0;».</translation>
    </message>
    <message>
        <source>%1 was not connected to SoundCloud.</source>
        <translation>%1 n’était pas connecté à SoundCloud.</translation>
    </message>
    <message>
        <source>Disconnected %1 from SoundCloud.</source>
        <translation>%1 a été déconnecté de SoundCloud.</translation>
    </message>
</context>
<context>
    <name>EndpointCheck</name>
    <message>
        <source>The %1 does not answer: nothing listens at %2 (connection refused).</source>
        <translation>L’%1 ne répond pas&#xa0;: rien n’écoute sur %2 (connexion refusée).</translation>
    </message>
    <message>
        <source>The %1 does not answer: the server name %2 is not known.</source>
        <translation>L’%1 ne répond pas&#xa0;: le nom de serveur %2 est inconnu.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 does not answer: %2 said nothing within %n second(s).</source>
        <translation>
            <numerusform>L’%1 ne répond pas&#xa0;: %2 n’a rien répondu en %Ln seconde.</numerusform>
            <numerusform>L’%1 ne répond pas&#xa0;: %2 n’a rien répondu en %Ln secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 does not answer: a secure connection to %2 could not be made.</source>
        <translation>L’%1 ne répond pas&#xa0;: impossible d’établir une connexion sécurisée avec %2.</translation>
    </message>
    <message>
        <source>The %1 does not answer: %2 could not be reached.</source>
        <translation>L’%1 ne répond pas&#xa0;: %2 est injoignable.</translation>
    </message>
    <message>
        <source>The %1 has a problem on its side (HTTP %2). Try again later, or check the address.</source>
        <translation>L’%1 a un problème de son côté (HTTP %2). Réessayez plus tard, ou vérifiez l’adresse.</translation>
    </message>
    <message>
        <source>The %1 answers, but refuses this app (“%2”): check the client ID and that the redirect URI is registered for your app exactly as shown.</source>
        <translation>L’%1 répond, mais refuse cette application («&#xa0;%2&#xa0;»)&#xa0;: vérifiez l’ID client et que l’URI de redirection est enregistrée pour votre application exactement comme indiqué.</translation>
    </message>
    <message>
        <source>The %1 answers (it sends the browser on to sign in).</source>
        <translation>L’%1 répond (elle renvoie le navigateur vers l’identification).</translation>
    </message>
    <message>
        <source>The %1 answers, but refuses this app (HTTP %2): check the client ID and that the redirect URI is registered for your app exactly as shown.</source>
        <translation>L’%1 répond, mais refuse cette application (HTTP %2)&#xa0;: vérifiez l’ID client et que l’URI de redirection est enregistrée pour votre application exactement comme indiqué.</translation>
    </message>
    <message>
        <source>The %1 answers (it shows a sign-in page).</source>
        <translation>L’%1 répond (elle affiche une page d’identification).</translation>
    </message>
    <message>
        <source>The %1 has no sign-in page at this address (HTTP %2): check the address.</source>
        <translation>L’%1 n’a pas de page d’identification à cette adresse (HTTP %2)&#xa0;: vérifiez l’adresse.</translation>
    </message>
    <message>
        <source>The %1 answers, but does not accept this client ID (or client secret): check them on your app&apos;s page.</source>
        <translation>L’%1 répond, mais n’accepte pas cet ID client (ou ce secret client)&#xa0;: vérifiez-les sur la page de votre application.</translation>
    </message>
    <message>
        <source>The %1 answers, but asks to slow down (too many requests): wait a minute before connecting.</source>
        <translation>L’%1 répond, mais demande de ralentir (trop de requêtes)&#xa0;: attendez une minute avant de vous connecter.</translation>
    </message>
    <message>
        <source>The %1 answers (it turned down a made-up sign-in code, as it should).</source>
        <translation>L’%1 répond (elle a refusé un code d’identification inventé, comme il se doit).</translation>
    </message>
    <message>
        <source>The %1 answers with a web page instead of SoundCloud&apos;s token answer (HTTP %2): check the address.</source>
        <translation>L’%1 répond avec une page web au lieu de la réponse de jeton de SoundCloud (HTTP %2)&#xa0;: vérifiez l’adresse.</translation>
    </message>
    <message>
        <source>The %1 gives an answer SoundCloud&apos;s token endpoint would not (HTTP %2): check the address.</source>
        <translation>L’%1 donne une réponse que le service de jetons de SoundCloud ne donnerait pas (HTTP %2)&#xa0;: vérifiez l’adresse.</translation>
    </message>
    <message>
        <source>Please enter the client ID first.</source>
        <translation>Veuillez d’abord saisir l’ID client.</translation>
    </message>
</context>
<context>
    <name>FollowClient</name>
    <message>
        <source>This is not a SoundCloud user.</source>
        <translation>Ce n’est pas un compte SoundCloud.</translation>
    </message>
    <message>
        <source>SoundCloud no longer has %1&apos;s account.</source>
        <translation>SoundCloud n’a plus le compte de %1.</translation>
    </message>
    <message>
        <source>SoundCloud did not let you follow %1: most likely you follow as many people as it allows. Unfollow someone first.</source>
        <translation>SoundCloud ne vous laisse pas suivre %1&#xa0;: vous suivez sans doute déjà autant de personnes qu’il le permet. Cessez d’abord d’en suivre une.</translation>
    </message>
    <message>
        <source>SoundCloud did not save that you follow %1.</source>
        <translation>SoundCloud n’a pas enregistré que vous suivez %1.</translation>
    </message>
    <message>
        <source>SoundCloud did not stop you following %1.</source>
        <translation>SoundCloud n’a pas enregistré que vous ne suivez plus %1.</translation>
    </message>
</context>
<context>
    <name>FollowCommand</name>
    <message>
        <source>Follow a person on SoundCloud (soundcloud:users:123).</source>
        <translation>Suivre une personne sur SoundCloud (soundcloud:users:123).</translation>
    </message>
    <message>
        <source>Stop following a person on SoundCloud.</source>
        <translation>Ne plus suivre une personne sur SoundCloud.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user urn (soundcloud:users:123).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une urn d’utilisateur (soundcloud:users:123).</translation>
    </message>
    <message>
        <source>You follow %1.</source>
        <translation>Vous suivez %1.</translation>
    </message>
    <message>
        <source>You no longer follow %1.</source>
        <translation>Vous ne suivez plus %1.</translation>
    </message>
</context>
<context>
    <name>FollowingCommand</name>
    <message>
        <source>List the people a local user follows on SoundCloud.</source>
        <translation>Lister les personnes qu’un utilisateur local suit sur SoundCloud.</translation>
    </message>
    <message>
        <source>The table has a username, name, city, tracks and followers column.</source>
        <translation>Le tableau comporte les colonnes nom d’utilisateur, nom, ville, morceaux et abonnés.</translation>
    </message>
</context>
<context>
    <name>HttpReply</name>
    <message>
        <source>SoundCloud did not answer in time. Check your connection and try again.</source>
        <translation>SoundCloud n’a pas répondu à temps. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>A secure connection to SoundCloud could not be made. Nothing was sent; check your network, clock and proxy.</source>
        <translation>Impossible d’établir une connexion sécurisée avec SoundCloud. Rien n’a été envoyé&#xa0;; vérifiez votre réseau, votre horloge et votre proxy.</translation>
    </message>
    <message>
        <source>SoundCloud is unreachable, try again.</source>
        <translation>SoundCloud est injoignable, réessayez.</translation>
    </message>
</context>
<context>
    <name>LibraryPlace</name>
    <message>
        <source>Your playlists</source>
        <translation>Vos playlists</translation>
    </message>
    <message>
        <source>Liked playlists</source>
        <translation>Playlists aimées</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Recherche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Morceaux</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Playlists</source>
        <translation>Playlists</translation>
    </message>
    <message>
        <source>Related to “%1”</source>
        <translation>Similaires à «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>LikeClient</name>
    <message>
        <source>This is not a SoundCloud track.</source>
        <translation>Ce n’est pas un morceau SoundCloud.</translation>
    </message>
    <message>
        <source>This is not a SoundCloud playlist.</source>
        <translation>Ce n’est pas une playlist SoundCloud.</translation>
    </message>
    <message>
        <source>SoundCloud no longer has this track, so the like was not changed.</source>
        <translation>SoundCloud n’a plus ce morceau&#xa0;; le «&#xa0;J’aime&#xa0;» n’a donc pas été modifié.</translation>
    </message>
    <message>
        <source>SoundCloud no longer has this playlist, so the like was not changed.</source>
        <translation>SoundCloud n’a plus cette playlist&#xa0;; le «&#xa0;J’aime&#xa0;» n’a donc pas été modifié.</translation>
    </message>
    <message>
        <source>SoundCloud did not save your like.</source>
        <translation>SoundCloud n’a pas enregistré votre «&#xa0;J’aime&#xa0;».</translation>
    </message>
    <message>
        <source>SoundCloud did not remove your like.</source>
        <translation>SoundCloud n’a pas retiré votre «&#xa0;J’aime&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ListPrinter</name>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>ARTIST</source>
        <translation>ARTISTE</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>ADDED</source>
        <translation>AJOUTÉ</translation>
    </message>
    <message>
        <source>GENRE</source>
        <translation>GENRE</translation>
    </message>
    <message>
        <source>ACCESS</source>
        <translation>ACCÈS</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>extrait</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s).</source>
        <translation>
            <numerusform>%Ln morceau.</numerusform>
            <numerusform>%Ln morceaux.</numerusform>
        </translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>CRÉATEUR</translation>
    </message>
    <message>
        <source>TRACKS</source>
        <translation>MORCEAUX</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
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
        <translation>NOM D’UTILISATEUR</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>CITY</source>
        <translation>VILLE</translation>
    </message>
    <message>
        <source>FOLLOWERS</source>
        <translation>ABONNÉS</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s).</source>
        <translation>
            <numerusform>%Ln utilisateur.</numerusform>
            <numerusform>%Ln utilisateurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>--json prints an array with one object per track: urn, title, artist, artist_urn, duration_ms, genre, access (playable, preview or blocked), permalink_url, artwork_url, created_at, added_at (when it reached the list, if known), playback_count, likes_count and liked.</source>
        <translation>--json affiche un tableau JSON avec un objet par morceau&#xa0;: urn, title, artist, artist_urn, duration_ms, genre, access (playable, preview ou blocked), permalink_url, artwork_url, created_at, added_at (quand il est arrivé dans la liste, si on le sait), playback_count, likes_count et liked.</translation>
    </message>
    <message>
        <source>--json prints an array with one object per playlist: urn, title, owner, owner_urn, track_count, duration_ms, playlist_type, permalink_url, artwork_url and created_at.</source>
        <translation>--json affiche un tableau JSON avec un objet par playlist&#xa0;: urn, title, owner, owner_urn, track_count, duration_ms, playlist_type, permalink_url, artwork_url et created_at.</translation>
    </message>
    <message>
        <source>--json prints an array with one object per user: urn, username, full_name, city, track_count, playlist_count, followers_count, permalink_url and avatar_url.</source>
        <translation>--json affiche un tableau JSON avec un objet par utilisateur&#xa0;: urn, username, full_name, city, track_count, playlist_count, followers_count, permalink_url et avatar_url.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Log in to Waveshelf</source>
        <translation>Connexion à Waveshelf</translation>
    </message>
    <message>
        <source>Each person on this computer has their own Waveshelf account and their own SoundCloud connection.</source>
        <translation>Chaque personne sur cet ordinateur a son propre compte Waveshelf et sa propre connexion SoundCloud.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Répéter le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Répéter le mot de passe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>Vérification de votre mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Back to log in</source>
        <translation>Re&amp;tour à la connexion</translation>
    </message>
    <message>
        <source>Back to log in</source>
        <translation>Retour à la connexion</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Créer un compte</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This copy of Waveshelf is damaged: a database upgrade is missing or broken.</source>
        <translation>Cette copie de Waveshelf est endommagée&#xa0;: une mise à niveau de la base de données manque ou est défectueuse.</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password could not be processed. Close some programs and try again.</source>
        <translation>Le mot de passe n’a pas pu être traité. Fermez quelques programmes et réessayez.</translation>
    </message>
</context>
<context>
    <name>PasswordReader</name>
    <message>
        <source>There is no terminal to ask for the password. Give it on standard input with --password-stdin.</source>
        <translation>Aucun terminal pour demander le mot de passe. Passez-le sur l’entrée standard avec --password-stdin.</translation>
    </message>
    <message>
        <source>No password was entered.</source>
        <translation>Aucun mot de passe n’a été saisi.</translation>
    </message>
    <message>
        <source>Standard input ended before the password; give each password on its own line.</source>
        <translation>L’entrée standard s’est terminée avant le mot de passe&#xa0;; donnez chaque mot de passe sur sa propre ligne.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Nothing was changed.</source>
        <translation>Les deux mots de passe ne sont pas identiques. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>PlaybackErrors</name>
    <message>
        <source>“%1” is blocked on SoundCloud where you are, so it cannot be played.</source>
        <translation>«&#xa0;%1&#xa0;» est bloqué sur SoundCloud là où vous êtes&#xa0;; il ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Connect to SoundCloud first: this account is not connected.</source>
        <translation>Connectez-vous d’abord à SoundCloud&#xa0;: ce compte n’est pas connecté.</translation>
    </message>
</context>
<context>
    <name>PlayerState</name>
    <message>
        <source>The saved queue could not be read; it starts empty.</source>
        <translation>La file d’attente enregistrée n’a pas pu être lue&#xa0;; elle repart vide.</translation>
    </message>
</context>
<context>
    <name>PlaylistClient</name>
    <message>
        <source>This is not a SoundCloud playlist.</source>
        <translation>Ce n’est pas une playlist SoundCloud.</translation>
    </message>
    <message>
        <source>SoundCloud sent an answer Waveshelf cannot read.</source>
        <translation>SoundCloud a envoyé une réponse que Waveshelf ne peut pas lire.</translation>
    </message>
</context>
<context>
    <name>PlaylistEditCommand</name>
    <message>
        <source>Make a private playlist, with these tracks if given.</source>
        <translation>Créer une playlist privée, avec ces morceaux s’ils sont indiqués.</translation>
    </message>
    <message>
        <source>Add tracks at the end of one of the user&apos;s playlists.</source>
        <translation>Ajouter des morceaux à la fin d’une des playlists de l’utilisateur.</translation>
    </message>
    <message>
        <source>Take tracks out of one of the user&apos;s playlists.</source>
        <translation>Retirer des morceaux d’une des playlists de l’utilisateur.</translation>
    </message>
    <message>
        <source>Give one of the user&apos;s playlists a new title.</source>
        <translation>Donner un nouveau titre à une des playlists de l’utilisateur.</translation>
    </message>
    <message>
        <source>Delete one of the user&apos;s playlists.</source>
        <translation>Supprimer une des playlists de l’utilisateur.</translation>
    </message>
    <message>
        <source>Each change reads the playlist from SoundCloud first and changes only what was asked; a playlist with tracks SoundCloud does not list, or one that is not the user&apos;s, is left as it is. Tracks are named by urn (soundcloud:tracks:123), playlists too (soundcloud:playlists:123). With --json, the playlist afterwards is printed as JSON.</source>
        <translation>Chaque modification lit d’abord la playlist sur SoundCloud et ne change que ce qui a été demandé&#xa0;; une playlist contenant des morceaux que SoundCloud ne liste pas, ou qui n’appartient pas à l’utilisateur, est laissée telle quelle. Les morceaux sont désignés par leur urn (soundcloud:tracks:123), les playlists aussi (soundcloud:playlists:123). Avec --json, la playlist obtenue est affichée en JSON.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a playlist urn (soundcloud:playlists:123).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une urn de playlist (soundcloud:playlists:123).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a track urn (soundcloud:tracks:123).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une urn de morceau (soundcloud:tracks:123).</translation>
    </message>
    <message numerus="yes">
        <source>Deleted “%1” (%n track(s)).</source>
        <translation>
            <numerusform>Playlist «&#xa0;%1&#xa0;» supprimée (%Ln morceau).</numerusform>
            <numerusform>Playlist «&#xa0;%1&#xa0;» supprimée (%Ln morceaux).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created “%1” (%2) with %n track(s).</source>
        <translation>
            <numerusform>Playlist «&#xa0;%1&#xa0;» (%2) créée avec %Ln morceau.</numerusform>
            <numerusform>Playlist «&#xa0;%1&#xa0;» (%2) créée avec %Ln morceaux.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” holds none of these tracks.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucun de ces morceaux.</translation>
    </message>
    <message numerus="yes">
        <source>Took %n track(s) out of “%1”.</source>
        <translation>
            <numerusform>%Ln morceau retiré de «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%Ln morceaux retirés de «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed the playlist to “%1”.</source>
        <translation>Playlist renommée en «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>PlaylistEditor</name>
    <message>
        <source>A playlist needs a title.</source>
        <translation>Une playlist doit avoir un titre.</translation>
    </message>
    <message numerus="yes">
        <source>A SoundCloud playlist holds at most %n tracks; this change would make it longer.</source>
        <translation>
            <numerusform>Une playlist SoundCloud contient au plus %Ln morceau&#xa0;; cette modification la rendrait plus longue.</numerusform>
            <numerusform>Une playlist SoundCloud contient au plus %Ln morceaux&#xa0;; cette modification la rendrait plus longue.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” belongs to %2; only they can change it.</source>
        <translation>«&#xa0;%1&#xa0;» appartient à %2&#xa0;; seul son créateur peut la modifier.</translation>
    </message>
    <message>
        <source>SoundCloud shows Waveshelf %1 of the %2 tracks in “%3” (the others may be private or removed), so Waveshelf leaves it as it is: a change would drop the tracks it cannot see.</source>
        <translation>SoundCloud ne montre à Waveshelf que %1 des %2 morceaux de «&#xa0;%3&#xa0;» (les autres sont peut-être privés ou supprimés), Waveshelf la laisse donc telle quelle&#xa0;: une modification ferait disparaître les morceaux qu’il ne voit pas.</translation>
    </message>
    <message>
        <source>This is not a SoundCloud track.</source>
        <translation>Ce n’est pas un morceau SoundCloud.</translation>
    </message>
    <message>
        <source>“%1” changed on SoundCloud since Waveshelf showed it, so nothing was changed. Reload it and try again.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifiée sur SoundCloud depuis que Waveshelf l’a affichée&#xa0;; rien n’a donc été modifié. Rechargez-la et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n track(s) to “%1”.</source>
        <translation>
            <numerusform>%Ln morceau ajouté à «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%Ln morceaux ajoutés à «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n was in it already.</source>
        <translation>
            <numerusform>%Ln y était déjà.</numerusform>
            <numerusform>%Ln y étaient déjà.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaylistsCommand</name>
    <message>
        <source>List a local user&apos;s playlists and albums, or the ones they liked.</source>
        <translation>Lister les playlists et albums d’un utilisateur local, ou ceux qu’il a aimés.</translation>
    </message>
    <message>
        <source>The table has a title, owner, tracks, duration and type column. &quot;playlist URN&quot; lists one playlist&apos;s tracks.</source>
        <translation>Le tableau comporte les colonnes titre, créateur, morceaux, durée et type. «&#xa0;playlist URN&#xa0;» liste les morceaux d’une playlist.</translation>
    </message>
    <message>
        <source>The playlists the user liked instead.</source>
        <translation>Plutôt les playlists que l’utilisateur a aimées.</translation>
    </message>
</context>
<context>
    <name>PrivatePaths</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not create the file %1.</source>
        <translation>Impossible de créer le fichier %1.</translation>
    </message>
    <message>
        <source>Could not make the folder %1 private to you.</source>
        <translation>Impossible de rendre le dossier %1 accessible à vous seul.</translation>
    </message>
    <message>
        <source>Could not make the file %1 private to you.</source>
        <translation>Impossible de rendre le fichier %1 accessible à vous seul.</translation>
    </message>
</context>
<context>
    <name>ProcessHardening</name>
    <message>
        <source>Waveshelf could not protect its memory from core dumps.</source>
        <translation>Waveshelf n’a pas pu protéger sa mémoire contre les core dumps.</translation>
    </message>
</context>
<context>
    <name>RedirectParser</name>
    <message>
        <source>The answer from SoundCloud did not match this connection attempt. Nothing was stored; please try again.</source>
        <translation>La réponse de SoundCloud ne correspond pas à cette tentative de connexion. Rien n’a été enregistré&#xa0;; veuillez réessayer.</translation>
    </message>
    <message>
        <source>SoundCloud sent an answer Waveshelf could not use. Nothing was stored; please try again.</source>
        <translation>SoundCloud a envoyé une réponse que Waveshelf n’a pas pu utiliser. Rien n’a été enregistré&#xa0;; veuillez réessayer.</translation>
    </message>
    <message>
        <source>You declined the connection on SoundCloud.</source>
        <translation>Vous avez refusé la connexion sur SoundCloud.</translation>
    </message>
    <message>
        <source>You declined the connection on SoundCloud (SoundCloud said: %1).</source>
        <translation>Vous avez refusé la connexion sur SoundCloud (SoundCloud a indiqué&#xa0;: %1).</translation>
    </message>
    <message>
        <source>SoundCloud refused the connection request. Please try again later.</source>
        <translation>SoundCloud a refusé la demande de connexion. Veuillez réessayer plus tard.</translation>
    </message>
</context>
<context>
    <name>RefreshLease</name>
    <message>
        <source>This account is not connected to SoundCloud.</source>
        <translation>Ce compte n’est pas connecté à SoundCloud.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Search SoundCloud for tracks (or people, or playlists).</source>
        <translation>Rechercher des morceaux sur SoundCloud (ou des personnes, ou des playlists).</translation>
    </message>
    <message>
        <source>QUERY is one argument: quote it when it has spaces. Tracks by default; --users or --playlists search those instead, with the tables and JSON of &quot;following&quot; and &quot;playlists&quot;. Searching everything is long: --limit keeps the first results.</source>
        <translation>QUERY est un seul argument&#xa0;: mettez-le entre guillemets s’il contient des espaces. Des morceaux par défaut&#xa0;; --users ou --playlists recherchent plutôt des personnes ou des playlists, avec les tableaux et le JSON de «&#xa0;following&#xa0;» et «&#xa0;playlists&#xa0;». Tout parcourir est long&#xa0;: --limit garde les premiers résultats.</translation>
    </message>
    <message>
        <source>Search for people instead of tracks.</source>
        <translation>Rechercher des personnes plutôt que des morceaux.</translation>
    </message>
    <message>
        <source>Search for playlists instead of tracks.</source>
        <translation>Rechercher des playlists plutôt que des morceaux.</translation>
    </message>
    <message>
        <source>Search for --users or --playlists, not both.</source>
        <translation>Recherchez avec --users ou --playlists, pas les deux.</translation>
    </message>
    <message>
        <source>Say what to search for.</source>
        <translation>Indiquez ce qu’il faut rechercher.</translation>
    </message>
</context>
<context>
    <name>SessionOpener</name>
    <message>
        <source>Waveshelf password for %1: </source>
        <translation>Mot de passe Waveshelf de %1&#xa0;: </translation>
    </message>
    <message>
        <source>%1 is not connected to SoundCloud. Connect with: %2 connect --browser --user %1</source>
        <translation>%1 n’est pas connecté à SoundCloud. Pour le connecter&#xa0;: %2 connect --browser --user %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Waveshelf talks to SoundCloud as the SoundCloud app you registered. Enter that app&apos;s client ID and redirect URI. Change the addresses only to use a test server.</source>
        <translation>Waveshelf communique avec SoundCloud en tant que l’application SoundCloud que vous avez enregistrée. Saisissez l’ID client et l’URI de redirection de cette application. Ne modifiez les adresses que pour utiliser un serveur de test.</translation>
    </message>
    <message>
        <source>About the settings file</source>
        <translation>À propos du fichier de paramètres</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client&#xa0;:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>URI de &amp;redirection&#xa0;:</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirection</translation>
    </message>
    <message>
        <source>&amp;Authorize URL:</source>
        <translation>URL d’&amp;autorisation&#xa0;:</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>URL d’autorisation</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>URL du &amp;jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL du jeton</translation>
    </message>
    <message>
        <source>A&amp;PI URL:</source>
        <translation>URL de l’A&amp;PI&#xa0;:</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL de l’API</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Dossier de données&#xa0;:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Restore &amp;SoundCloud defaults</source>
        <translation>Rétablir les valeurs &amp;SoundCloud par défaut</translation>
    </message>
    <message>
        <source>Restore SoundCloud defaults</source>
        <translation>Rétablir les valeurs SoundCloud par défaut</translation>
    </message>
    <message>
        <source>Data&amp;base URL:</source>
        <translation>URL de la &amp;base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>URL de la base de données</translation>
    </message>
    <message>
        <source>Empty: the database in the data folder</source>
        <translation>Vide&#xa0;: la base de données du dossier de données</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
</context>
<context>
    <name>SignInPluginLoader</name>
    <message>
        <source>Waveshelf&apos;s sign-in window could not be loaded (its browser engine part is missing or broken: a packaging problem). Sign in with your web browser instead.</source>
        <translation>La fenêtre d’identification de Waveshelf n’a pas pu être chargée (son moteur de navigateur est absent ou défectueux&#xa0;: un problème d’empaquetage). Identifiez-vous plutôt avec votre navigateur web.</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The database is busy (another Waveshelf window or the command-line tool may be using it). Nothing was changed; try again in a moment.</source>
        <translation>La base de données est occupée (une autre fenêtre Waveshelf ou l’outil en ligne de commande l’utilise peut-être). Rien n’a été modifié&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The disk is full, so Waveshelf could not save. Nothing was changed; free some space and try again.</source>
        <translation>Le disque est plein, Waveshelf n’a donc pas pu enregistrer. Rien n’a été modifié&#xa0;; libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>The database cannot be written (it is read-only). Nothing was changed.</source>
        <translation>Impossible d’écrire dans la base de données (elle est en lecture seule). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database file is damaged. Waveshelf did not change it; restore it from a backup or move it aside.</source>
        <translation>Le fichier de base de données est endommagé. Waveshelf ne l’a pas modifié&#xa0;; restaurez-le depuis une sauvegarde ou mettez-le de côté.</translation>
    </message>
    <message>
        <source>The database could not be read or written.</source>
        <translation>Impossible de lire ou d’écrire la base de données.</translation>
    </message>
    <message>
        <source>Waveshelf lost its connection to the database server (it may have been restarted, or the network is down). Nothing was lost; Waveshelf connects again on its next try.</source>
        <translation>Waveshelf a perdu sa connexion au serveur de base de données (il a peut-être été redémarré, ou le réseau est coupé). Rien n’a été perdu&#xa0;; Waveshelf se reconnecte à sa prochaine tentative.</translation>
    </message>
</context>
<context>
    <name>StreamUrls</name>
    <message>
        <source>SoundCloud&apos;s answer about this track&apos;s streams could not be read.</source>
        <translation>La réponse de SoundCloud sur les flux audio de ce morceau n’a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>TokenResponseParser</name>
    <message>
        <source>SoundCloud no longer accepts this connection. Please reconnect.</source>
        <translation>SoundCloud n’accepte plus cette connexion. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>SoundCloud is busy right now; try again in a moment.</source>
        <translation>SoundCloud est occupé pour le moment&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>SoundCloud is unreachable, try again.</source>
        <translation>SoundCloud est injoignable, réessayez.</translation>
    </message>
    <message>
        <source>SoundCloud sent an answer Waveshelf could not understand. Please try again later.</source>
        <translation>SoundCloud a envoyé une réponse que Waveshelf n’a pas comprise. Veuillez réessayer plus tard.</translation>
    </message>
</context>
<context>
    <name>TokenSession</name>
    <message>
        <source>This account is not connected to SoundCloud.</source>
        <translation>Ce compte n’est pas connecté à SoundCloud.</translation>
    </message>
    <message>
        <source>Waveshelf was closed while it renewed your SoundCloud sign-in, so the sign-in may no longer work. Connect to SoundCloud again to go on; nothing else was lost.</source>
        <translation>Waveshelf a été fermé pendant le renouvellement de votre session SoundCloud&#xa0;; elle ne fonctionne donc peut-être plus. Reconnectez-vous à SoundCloud pour continuer&#xa0;; rien d’autre n’a été perdu.</translation>
    </message>
    <message>
        <source>SoundCloud no longer accepts this connection. Please reconnect.</source>
        <translation>SoundCloud n’accepte plus cette connexion. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Waveshelf cannot save your SoundCloud connection right now (is the disk full?). It keeps trying; do not quit yet.</source>
        <translation>Waveshelf ne peut pas enregistrer votre connexion SoundCloud pour le moment (le disque est-il plein&#xa0;?). Il continue d’essayer&#xa0;; ne quittez pas encore.</translation>
    </message>
</context>
<context>
    <name>TrackListCommand</name>
    <message>
        <source>The table has a title, artist, duration, added (when it reached your stream) and access column.</source>
        <translation>Le tableau comporte les colonnes titre, artiste, durée, ajouté (quand le morceau est arrivé dans votre flux) et accès.</translation>
    </message>
    <message>
        <source>The table has a title, artist, duration, genre and access column (preview or blocked; empty when playable).</source>
        <translation>Le tableau comporte les colonnes titre, artiste, durée, genre et accès (extrait ou bloqué&#xa0;; vide si le morceau est lisible).</translation>
    </message>
    <message>
        <source>URN is a playlist&apos;s, as &quot;playlists --json&quot; shows it: soundcloud:playlists:123.</source>
        <translation>URN est celle d’une playlist, telle que l’affiche «&#xa0;playlists --json&#xa0;»&#xa0;: soundcloud:playlists:123.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a playlist&apos;s URN; they look like soundcloud:playlists:123.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’URN d’une playlist&#xa0;; elles ont la forme soundcloud:playlists:123.</translation>
    </message>
    <message>
        <source>URN is a track&apos;s, as &quot;--json&quot; lists show it: soundcloud:tracks:123.</source>
        <translation>URN est celle d’un morceau, telle que l’affichent les listes avec «&#xa0;--json&#xa0;»&#xa0;: soundcloud:tracks:123.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a track&apos;s URN; they look like soundcloud:tracks:123.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’URN d’un morceau&#xa0;; elles ressemblent à soundcloud:tracks:123.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>This username is already taken.</source>
        <translation>Ce nom d’utilisateur est déjà pris.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Ce compte n’existe plus.</translation>
    </message>
    <message>
        <source>Waveshelf&apos;s key for your SoundCloud connection is missing or damaged, so the connection cannot be opened. Nothing was changed or deleted: restore the database from a backup, or ask for help.</source>
        <translation>La clé de Waveshelf pour votre connexion SoundCloud est absente ou endommagée&#xa0;; la connexion ne peut donc pas être ouverte. Rien n’a été modifié ni supprimé&#xa0;: restaurez la base de données depuis une sauvegarde, ou demandez de l’aide.</translation>
    </message>
    <message>
        <source>This account was changed elsewhere meanwhile. Please try again.</source>
        <translation>Ce compte a été modifié ailleurs entre-temps. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The password was changed elsewhere meanwhile. Nothing was changed.</source>
        <translation>Le mot de passe a été modifié ailleurs entre-temps. Rien n’a été modifié ici.</translation>
    </message>
</context>
<context>
    <name>UsersAddCommand</name>
    <message>
        <source>Create a local user (asks for a new password).</source>
        <translation>Créer un utilisateur local (demande un nouveau mot de passe).</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters. At a terminal it is asked twice; with --password-stdin it is the first line of standard input.</source>
        <translation>
            <numerusform>Le mot de passe doit comporter au moins %Ln caractère. Dans un terminal, il est demandé deux fois&#xa0;; avec --password-stdin, c’est la première ligne de l’entrée standard.</numerusform>
            <numerusform>Le mot de passe doit comporter au moins %Ln caractères. Dans un terminal, il est demandé deux fois&#xa0;; avec --password-stdin, c’est la première ligne de l’entrée standard.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Waveshelf password for %1: </source>
        <translation>Nouveau mot de passe Waveshelf de %1&#xa0;: </translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Répétez le mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>Created the local user %1.</source>
        <translation>L’utilisateur local %1 a été créé.</translation>
    </message>
</context>
<context>
    <name>UsersListCommand</name>
    <message>
        <source>List the local users and the SoundCloud account each connected.</source>
        <translation>Lister les utilisateurs locaux et le compte SoundCloud connecté par chacun.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>SOUNDCLOUD</source>
        <translation>SOUNDCLOUD</translation>
    </message>
    <message>
        <source>(not connected)</source>
        <translation>(non connecté)</translation>
    </message>
    <message>
        <source>There are no local users yet. Add one with: %1 users add NAME</source>
        <translation>Il n’y a pas encore d’utilisateur local. Ajoutez-en un avec&#xa0;: %1 users add NAME</translation>
    </message>
    <message>
        <source>%1 (connected elsewhere: %2)</source>
        <translation>%1 (connecté ailleurs&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>UsersPasswdCommand</name>
    <message>
        <source>Asks for the current password, then the new one twice. With --password-stdin, standard input holds the current password on its first line and the new one on the second.
A forgotten password cannot be recovered: nobody can read that user&apos;s saved SoundCloud connection without it. Create a new user and connect again instead.</source>
        <translation>Demande le mot de passe actuel, puis deux fois le nouveau. Avec --password-stdin, l’entrée standard contient le mot de passe actuel sur sa première ligne et le nouveau sur la deuxième.
Un mot de passe oublié ne peut pas être récupéré&#xa0;: sans lui, personne ne peut lire la connexion SoundCloud enregistrée de cet utilisateur. Créez plutôt un nouvel utilisateur et connectez-le à nouveau.</translation>
    </message>
    <message>
        <source>Current Waveshelf password for %1: </source>
        <translation>Mot de passe Waveshelf actuel de %1&#xa0;: </translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nouveau mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>Répétez le nouveau mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>Le mot de passe de %1 a été modifié.</translation>
    </message>
    <message>
        <source>Change a local user&apos;s password; the connection is kept and its sign-in renewed.</source>
        <translation>Modifier le mot de passe d’un utilisateur local&#xa0;; la connexion est conservée et renouvelée.</translation>
    </message>
    <message>
        <source>Renewed the SoundCloud sign-in: the one from before the change no longer works.</source>
        <translation>Connexion SoundCloud renouvelée&#xa0;: celle d’avant la modification ne fonctionne plus.</translation>
    </message>
    <message>
        <source>The SoundCloud sign-in could not be renewed now; Waveshelf renews it the next time it reaches SoundCloud.</source>
        <translation>La connexion SoundCloud n’a pas pu être renouvelée maintenant&#xa0;; Waveshelf la renouvellera la prochaine fois qu’il joindra SoundCloud.</translation>
    </message>
</context>
<context>
    <name>UsersRemoveCommand</name>
    <message>
        <source>Delete a local user and their SoundCloud connection.</source>
        <translation>Supprimer un utilisateur local et sa connexion SoundCloud.</translation>
    </message>
    <message>
        <source>Nothing is deleted on SoundCloud. The user&apos;s browser profile folder goes too.</source>
        <translation>Rien n’est supprimé sur SoundCloud. Le dossier de profil de navigateur de l’utilisateur est supprimé lui aussi.</translation>
    </message>
    <message>
        <source>Waveshelf password for %1: </source>
        <translation>Mot de passe Waveshelf de %1&#xa0;: </translation>
    </message>
    <message>
        <source>Removed the local user %1.</source>
        <translation>L’utilisateur local %1 a été supprimé.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Your saved data could not be decrypted. It may be damaged.</source>
        <translation>Vos données enregistrées n’ont pas pu être déchiffrées. Elles sont peut-être endommagées.</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>Le mot de passe est incorrect.</translation>
    </message>
</context>
<context>
    <name>WhoamiCommand</name>
    <message>
        <source>Show the SoundCloud account a local user is connected to.</source>
        <translation>Afficher le compte SoundCloud auquel un utilisateur local est connecté.</translation>
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
        <translation>Une application de bureau native pour SoundCloud.</translation>
    </message>
    <message>
        <source>Keep the database, settings and browser profiles in &lt;dir&gt;.</source>
        <translation>Conserver la base de données, les paramètres et les profils de navigateur dans &lt;dossier&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Give --help or --version on their own.</source>
        <translation>Utilisez --help ou --version sans autre option.</translation>
    </message>
    <message>
        <source>Waveshelf cannot start</source>
        <translation>Waveshelf ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>waveshelf::AccountButton</name>
    <message>
        <source>Your SoundCloud connection</source>
        <translation>Votre connexion à SoundCloud</translation>
    </message>
    <message>
        <source>SoundCloud: %1 (reconnect needed)</source>
        <translation>SoundCloud&#xa0;: %1 (reconnexion nécessaire)</translation>
    </message>
    <message>
        <source>SoundCloud: %1 (offline)</source>
        <translation>SoundCloud&#xa0;: %1 (hors ligne)</translation>
    </message>
    <message>
        <source>SoundCloud: %1</source>
        <translation>SoundCloud&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>waveshelf::AccountService</name>
    <message>
        <source>Please enter a username.</source>
        <translation>Veuillez saisir un nom d’utilisateur.</translation>
    </message>
    <message numerus="yes">
        <source>A username can have at most %n characters.</source>
        <translation>
            <numerusform>Un nom d’utilisateur peut comporter au plus %Ln caractère.</numerusform>
            <numerusform>Un nom d’utilisateur peut comporter au plus %Ln caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>A username cannot contain control characters or invisible formatting characters.</source>
        <translation>Un nom d’utilisateur ne peut pas contenir de caractères de contrôle ni de caractères de mise en forme invisibles.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Un mot de passe doit comporter au moins %Ln caractère.</numerusform>
            <numerusform>Un mot de passe doit comporter au moins %Ln caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter your username and password.</source>
        <translation>Veuillez saisir votre nom d’utilisateur et votre mot de passe.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Trop de tentatives échouées. Attendez %Ln seconde, puis réessayez.</numerusform>
            <numerusform>Trop de tentatives échouées. Attendez %Ln secondes, puis réessayez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waveshelf::AccountSettingsPage</name>
    <message>
        <source>Log in to change your password or your SoundCloud connection.</source>
        <translation>Connectez-vous pour changer votre mot de passe ou votre connexion à SoundCloud.</translation>
    </message>
    <message>
        <source>Logged in to Waveshelf as %1.</source>
        <translation>Connecté à Waveshelf en tant que %1.</translation>
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
        <translation>Le site d’où provient cette page d’identification</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Sécurité de la connexion</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progression du chargement</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Connexion sécurisée</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Non chiffrée</translation>
    </message>
</context>
<context>
    <name>waveshelf::BrowserWaitView</name>
    <message>
        <source>Open the page again</source>
        <translation>Rouvrir la page</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Waiting for you to approve Waveshelf in your web browser…</source>
        <translation>En attente de votre autorisation de Waveshelf dans votre navigateur web…</translation>
    </message>
    <message>
        <source>Cancel signing in with the web browser</source>
        <translation>Annuler l’identification avec le navigateur web</translation>
    </message>
    <message>
        <source>Your web browser shows SoundCloud&apos;s sign-in page. Approve Waveshelf there, then come back here. Waveshelf listens on this computer only (port %1) for SoundCloud&apos;s answer.</source>
        <translation>Votre navigateur web affiche la page d’identification de SoundCloud. Autorisez-y Waveshelf, puis revenez ici. Waveshelf attend la réponse de SoundCloud sur cet ordinateur uniquement (port %1).</translation>
    </message>
    <message>
        <source>Finishing the connection with SoundCloud…</source>
        <translation>Finalisation de la connexion à SoundCloud…</translation>
    </message>
</context>
<context>
    <name>waveshelf::ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Modifier le mot de passe</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Répéter le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Changing your password</source>
        <translation>Modification de votre mot de passe</translation>
    </message>
    <message>
        <source>The new passwords do not match.</source>
        <translation>Les nouveaux mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>You stay connected to SoundCloud: Waveshelf renews your SoundCloud sign-in and locks it with the new password, so the old password opens nothing that still works.</source>
        <translation>Vous restez connecté à SoundCloud&#xa0;: Waveshelf renouvelle votre connexion SoundCloud et la verrouille avec le nouveau mot de passe, si bien que l’ancien mot de passe n’ouvre plus rien qui fonctionne encore.</translation>
    </message>
    <message>
        <source>Your password was changed, and your SoundCloud sign-in renewed.</source>
        <translation>Votre mot de passe a été modifié et votre connexion SoundCloud renouvelée.</translation>
    </message>
    <message>
        <source>Your password was changed. Your SoundCloud sign-in is renewed the next time Waveshelf reaches SoundCloud.</source>
        <translation>Votre mot de passe a été modifié. Votre connexion SoundCloud sera renouvelée la prochaine fois que Waveshelf joindra SoundCloud.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été modifié.</translation>
    </message>
</context>
<context>
    <name>waveshelf::CollectionPane</name>
    <message>
        <source>Choose a person to see their tracks.</source>
        <translation>Choisissez une personne pour voir ses morceaux.</translation>
    </message>
    <message>
        <source>Choose a playlist to see its tracks.</source>
        <translation>Choisissez une playlist pour voir ses morceaux.</translation>
    </message>
    <message>
        <source>Tracks by %1</source>
        <translation>Morceaux de %1</translation>
    </message>
    <message>
        <source>Tracks in %1</source>
        <translation>Morceaux dans %1</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete playlist…</source>
        <translation>Supprimer la playlist…</translation>
    </message>
    <message>
        <source>Playlist actions</source>
        <translation>Actions sur la playlist</translation>
    </message>
</context>
<context>
    <name>waveshelf::ConnectController</name>
    <message>
        <source>No SoundCloud app is set up yet. Enter your app&apos;s client ID in Waveshelf&apos;s File → Settings (or set WAVESHELF_CLIENT_ID).</source>
        <translation>Aucune application SoundCloud n’est encore configurée. Saisissez l’ID client de votre application dans Fichier → Paramètres de Waveshelf (ou définissez WAVESHELF_CLIENT_ID).</translation>
    </message>
    <message>
        <source>Waveshelf&apos;s own sign-in window is not available here. Sign in with your web browser instead.</source>
        <translation>La fenêtre d’identification de Waveshelf n’est pas disponible ici. Identifiez-vous plutôt avec votre navigateur web.</translation>
    </message>
    <message>
        <source>Waveshelf could not open your web browser. Check that a default web browser is set up, or connect in Waveshelf&apos;s own window instead.</source>
        <translation>Waveshelf n’a pas pu ouvrir votre navigateur web. Vérifiez qu’un navigateur web par défaut est configuré, ou connectez-vous plutôt dans la fenêtre de Waveshelf.</translation>
    </message>
    <message>
        <source>Waveshelf could not open your web browser. Check that a default web browser is set up.</source>
        <translation>Waveshelf n’a pas pu ouvrir votre navigateur web. Vérifiez qu’un navigateur web par défaut est configuré.</translation>
    </message>
    <message>
        <source>Connecting to SoundCloud was cancelled. Nothing was changed.</source>
        <translation>La connexion à SoundCloud a été annulée. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>waveshelf::ConnectPopup</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Having trouble? Sign in with your web browser instead</source>
        <translation>Un problème&#xa0;? Identifiez-vous plutôt avec votre navigateur web</translation>
    </message>
    <message>
        <source>Connect to SoundCloud</source>
        <translation>Connecter à SoundCloud</translation>
    </message>
    <message>
        <source>SoundCloud sign-in page</source>
        <translation>Page d’identification SoundCloud</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Signed in. Finishing…</source>
        <translation>Identifié. Finalisation…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The page reported an error (HTTP %1).</source>
        <translation>La page a signalé une erreur (HTTP %1).</translation>
    </message>
    <message>
        <source>The connection to %1 is not secure: its certificate was refused. The sign-in page was not opened.</source>
        <translation>La connexion à %1 n’est pas sécurisée&#xa0;: son certificat a été refusé. La page d’identification n’a pas été ouverte.</translation>
    </message>
    <message>
        <source>%1 could not be found. Check your internet connection, then try again.</source>
        <translation>%1 est introuvable. Vérifiez votre connexion Internet, puis réessayez.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check your internet connection, then try again.</source>
        <translation>Impossible de joindre %1. Vérifiez votre connexion Internet, puis réessayez.</translation>
    </message>
    <message>
        <source>The sign-in page could not be loaded.</source>
        <translation>La page d’identification n’a pas pu être chargée.</translation>
    </message>
</context>
<context>
    <name>waveshelf::ConnectPromptView</name>
    <message>
        <source>Connect to SoundCloud</source>
        <translation>Connecter à SoundCloud</translation>
    </message>
    <message>
        <source>Sign in with your web browser instead</source>
        <translation>S’identifier plutôt avec le navigateur web</translation>
    </message>
    <message>
        <source>Connect Waveshelf to your SoundCloud account</source>
        <translation>Connecter Waveshelf à votre compte SoundCloud</translation>
    </message>
    <message>
        <source>Waveshelf opens SoundCloud&apos;s sign-in page in a small window. Approve Waveshelf there once; after that your library is here whenever you log in.</source>
        <translation>Waveshelf ouvre la page d’identification de SoundCloud dans une petite fenêtre. Autorisez-y Waveshelf une fois&#xa0;; ensuite, votre bibliothèque est ici chaque fois que vous vous connectez.</translation>
    </message>
    <message>
        <source>Waveshelf opens SoundCloud&apos;s sign-in page in your web browser. Approve Waveshelf there once; after that your library is here whenever you log in.</source>
        <translation>Waveshelf ouvre la page d’identification de SoundCloud dans votre navigateur web. Autorisez-y Waveshelf une fois&#xa0;; ensuite, votre bibliothèque est ici chaque fois que vous vous connectez.</translation>
    </message>
    <message>
        <source>Sign in with your web browser</source>
        <translation>S’identifier avec votre navigateur web</translation>
    </message>
</context>
<context>
    <name>waveshelf::FilterBox</name>
    <message>
        <source>Filter by title, artist or genre</source>
        <translation>Filtrer par titre, artiste ou genre</translation>
    </message>
</context>
<context>
    <name>waveshelf::FirstRunPage</name>
    <message>
        <source>Welcome to Waveshelf</source>
        <translation>Bienvenue dans Waveshelf</translation>
    </message>
    <message>
        <source>To sign in to SoundCloud, Waveshelf needs a SoundCloud app: a name and a client ID that SoundCloud gives to programs. Choose how to start. This is set once for everyone who uses Waveshelf on this computer; each person then logs in with their own Waveshelf account.</source>
        <translation>Pour s’identifier sur SoundCloud, Waveshelf a besoin d’une application SoundCloud&#xa0;: un nom et un ID client que SoundCloud attribue aux programmes. Choisissez comment commencer. Ce réglage se fait une seule fois pour toutes les personnes qui utilisent Waveshelf sur cet ordinateur&#xa0;; chacune se connecte ensuite avec son propre compte Waveshelf.</translation>
    </message>
    <message>
        <source>Try Waveshelf with the sandbox</source>
        <translation>Essayer Waveshelf avec le bac à sable</translation>
    </message>
    <message>
        <source>The sandbox is a small SoundCloud look-alike that runs on this computer, with example accounts: sign in there as alice with the password alice-password. Nothing goes to SoundCloud and nothing about the sandbox is saved: it stops when you quit Waveshelf, and you choose again next time.</source>
        <translation>Le bac à sable est une petite imitation de SoundCloud qui tourne sur cet ordinateur, avec des comptes d’exemple&#xa0;: identifiez-vous comme alice avec le mot de passe alice-password. Rien n’est envoyé à SoundCloud et rien du bac à sable n’est enregistré&#xa0;: il s’arrête quand vous quittez Waveshelf, et vous choisirez à nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>Try with the sand&amp;box</source>
        <translation>Essayer avec le &amp;bac à sable</translation>
    </message>
    <message>
        <source>Try with the sandbox</source>
        <translation>Essayer avec le bac à sable</translation>
    </message>
    <message>
        <source>Sandbox status</source>
        <translation>État du bac à sable</translation>
    </message>
    <message>
        <source>Use your own SoundCloud app</source>
        <translation>Utiliser votre propre application SoundCloud</translation>
    </message>
    <message>
        <source>You can change this later in File → Settings…</source>
        <translation>Vous pourrez le modifier plus tard dans Fichier → Paramètres…</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Démarrage du bac à sable…</translation>
    </message>
    <message>
        <source>The sandbox is running.</source>
        <translation>Le bac à sable est en marche.</translation>
    </message>
</context>
<context>
    <name>waveshelf::FollowController</name>
    <message>
        <source>Unfollow %1</source>
        <translation>Ne plus suivre %1</translation>
    </message>
    <message>
        <source>Follow %1</source>
        <translation>Suivre %1</translation>
    </message>
    <message>
        <source>You follow %1.</source>
        <translation>Vous suivez %1.</translation>
    </message>
    <message>
        <source>You no longer follow %1.</source>
        <translation>Vous ne suivez plus %1.</translation>
    </message>
</context>
<context>
    <name>waveshelf::LibraryBrowser</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Retour (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>waveshelf::LibraryCacheBox</name>
    <message>
        <source>Library cache</source>
        <translation>Cache de la bibliothèque</translation>
    </message>
    <message>
        <source>Library cache size</source>
        <translation>Taille du cache de la bibliothèque</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>Cache limit</source>
        <translation>Limite du cache</translation>
    </message>
    <message>
        <source>The most each user&apos;s offline library may take; beyond it the lists not opened for the longest go.</source>
        <translation>La place maximale que peut occuper la bibliothèque hors ligne de chaque utilisateur&#xa0;; au-delà, les listes ouvertes il y a le plus longtemps sont supprimées.</translation>
    </message>
    <message>
        <source>Clear the library cache</source>
        <translation>Vider le cache de la bibliothèque</translation>
    </message>
    <message>
        <source>About the library cache</source>
        <translation>À propos du cache de la bibliothèque</translation>
    </message>
    <message>
        <source>Li&amp;mit per user:</source>
        <translation>Li&amp;mite par utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Nobody is logged in. Log in to see how much your library cache takes and to clear it; the limit applies to every user.</source>
        <translation>Personne n’est connecté. Connectez-vous pour voir la place que prend le cache de votre bibliothèque et pour le vider&#xa0;; la limite vaut pour tous les utilisateurs.</translation>
    </message>
    <message>
        <source>The size of your library cache is not known: %1</source>
        <translation>La taille du cache de votre bibliothèque est inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Limit: %1 per user.</source>
        <translation>Limite&#xa0;: %1 par utilisateur.</translation>
    </message>
    <message>
        <source>Measuring your library cache…</source>
        <translation>Mesure du cache de votre bibliothèque…</translation>
    </message>
    <message>
        <source>%1 used of %2.</source>
        <translation>%1 utilisés sur %2.</translation>
    </message>
    <message>
        <source>The library cache was not cleared: %1</source>
        <translation>Le cache de la bibliothèque n’a pas été vidé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cleared: %1 freed. Your library loads from SoundCloud again when you open it.</source>
        <translation>Vidé&#xa0;: %1 libérés. Votre bibliothèque se recharge depuis SoundCloud quand vous l’ouvrez.</translation>
    </message>
    <message>
        <source>Cleared: your library cache is empty.</source>
        <translation>Vidé&#xa0;: le cache de votre bibliothèque est vide.</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Vider</translation>
    </message>
</context>
<context>
    <name>waveshelf::LibraryPage</name>
    <message>
        <source>Waiting for you to approve Waveshelf in your web browser…</source>
        <translation>En attente de votre autorisation de Waveshelf dans votre navigateur web…</translation>
    </message>
    <message>
        <source>Finishing the connection with SoundCloud…</source>
        <translation>Finalisation de la connexion à SoundCloud…</translation>
    </message>
    <message>
        <source>Waiting for you to approve Waveshelf in the SoundCloud window…</source>
        <translation>En attente de votre autorisation de Waveshelf dans la fenêtre SoundCloud…</translation>
    </message>
    <message>
        <source>Replace the SoundCloud account?</source>
        <translation>Remplacer le compte SoundCloud&#xa0;?</translation>
    </message>
    <message>
        <source>You signed in to SoundCloud as %1, but Waveshelf has you connected as %2.

Connect %1 instead? Waveshelf then forgets the connection to %2.</source>
        <translation>Vous vous êtes identifié sur SoundCloud en tant que %1, mais Waveshelf vous connecte en tant que %2.

Connecter %1 à la place&#xa0;? Waveshelf oubliera alors la connexion à %2.</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Connecter %1</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Garder %1</translation>
    </message>
    <message>
        <source>Is this your SoundCloud account?</source>
        <translation>Est-ce votre compte SoundCloud&#xa0;?</translation>
    </message>
    <message>
        <source>Your web browser signed in to SoundCloud as %1.

Connect Waveshelf to this account? Choose “Connect” only if %1 is your account: someone else on this computer could have finished the sign-in with theirs.</source>
        <translation>Votre navigateur web s’est identifié sur SoundCloud en tant que %1.

Connecter Waveshelf à ce compte&#xa0;? Choisissez «&#xa0;Connecter %1&#xa0;» uniquement si %1 est votre compte&#xa0;: quelqu’un d’autre sur cet ordinateur a pu terminer l’identification avec le sien.</translation>
    </message>
    <message>
        <source>Do Not Connect</source>
        <translation>Ne pas connecter</translation>
    </message>
    <message>
        <source>Disconnect from SoundCloud</source>
        <translation>Déconnecter de SoundCloud</translation>
    </message>
    <message>
        <source>Waveshelf will forget your SoundCloud connection on this computer and sign you out of SoundCloud in its window. Your tracks stay on SoundCloud. Disconnect?</source>
        <translation>Waveshelf va oublier votre connexion SoundCloud sur cet ordinateur et fermer votre session SoundCloud dans sa fenêtre. Vos morceaux restent sur SoundCloud. Déconnecter&#xa0;?</translation>
    </message>
    <message>
        <source>Disconnected from SoundCloud.</source>
        <translation>Déconnecté de SoundCloud.</translation>
    </message>
</context>
<context>
    <name>waveshelf::LibrarySidebar</name>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>J’aime</translation>
    </message>
    <message>
        <source>Playlists</source>
        <translation>Playlists</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Your uploads</source>
        <translation>Vos mises en ligne</translation>
    </message>
    <message>
        <source>Recently played</source>
        <translation>Écoutés récemment</translation>
    </message>
</context>
<context>
    <name>waveshelf::LikeController</name>
    <message>
        <source>Removed “%1” from your likes.</source>
        <translation>«&#xa0;%1&#xa0;» retiré de vos J’aime.</translation>
    </message>
    <message>
        <source>Added “%1” to your likes.</source>
        <translation>«&#xa0;%1&#xa0;» ajouté à vos J’aime.</translation>
    </message>
</context>
<context>
    <name>waveshelf::LoginPage</name>
    <message>
        <source>The two passwords are not the same. Please type them again.</source>
        <translation>Les deux mots de passe ne sont pas identiques. Veuillez les saisir à nouveau.</translation>
    </message>
    <message>
        <source>Create a Waveshelf account</source>
        <translation>Créer un compte Waveshelf</translation>
    </message>
    <message>
        <source>Log in to Waveshelf</source>
        <translation>Connexion à Waveshelf</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Au moins %Ln caractère</numerusform>
            <numerusform>Au moins %Ln caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Création de votre compte…</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>Vérification de votre mot de passe…</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Un problème est survenu. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Forgot your password? It cannot be recovered, because it also locks your SoundCloud connection. Create a new account and connect SoundCloud again.</source>
        <translation>Mot de passe oublié&#xa0;? Il ne peut pas être récupéré, car il protège aussi votre connexion SoundCloud. Créez un nouveau compte et reconnectez SoundCloud.</translation>
    </message>
</context>
<context>
    <name>waveshelf::LoopbackReceiver</name>
    <message numerus="yes">
        <source>Waveshelf stopped waiting for your web browser after %n minute(s). Nothing was changed; start again when you are ready.</source>
        <translation>
            <numerusform>Waveshelf a cessé d’attendre votre navigateur web après %Ln minute. Rien n’a été modifié&#xa0;; recommencez quand vous le souhaitez.</numerusform>
            <numerusform>Waveshelf a cessé d’attendre votre navigateur web après %Ln minutes. Rien n’a été modifié&#xa0;; recommencez quand vous le souhaitez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waveshelf stopped waiting for your web browser. Nothing was changed; start again when you are ready.</source>
        <translation>Waveshelf a cessé d’attendre votre navigateur web. Rien n’a été modifié&#xa0;; recommencez quand vous le souhaitez.</translation>
    </message>
    <message>
        <source>Signing in with your web browser needs a redirect URI of the form http://127.0.0.1:PORT/callback, but it is set to %1. Change it in File → Settings (and in your SoundCloud app).</source>
        <translation>L’identification avec votre navigateur web nécessite une URI de redirection de la forme http://127.0.0.1:PORT/callback, mais elle vaut %1. Modifiez-la dans Fichier → Paramètres (et dans votre application SoundCloud).</translation>
    </message>
    <message>
        <source>Signing in with your web browser needs a redirect URI on this computer (http://127.0.0.1:PORT/…), but it points to %1. Change it in File → Settings (and in your SoundCloud app).</source>
        <translation>L’identification avec votre navigateur web nécessite une URI de redirection sur cet ordinateur (http://127.0.0.1:PORT/…), mais elle pointe vers %1. Modifiez-la dans Fichier → Paramètres (et dans votre application SoundCloud).</translation>
    </message>
    <message>
        <source>The redirect URI %1 has no port number; Waveshelf needs one (for example http://127.0.0.1:8765/callback) to receive the answer from your web browser.</source>
        <translation>L’URI de redirection %1 n’a pas de numéro de port&#xa0;; Waveshelf en a besoin (par exemple http://127.0.0.1:8765/callback) pour recevoir la réponse de votre navigateur web.</translation>
    </message>
    <message>
        <source>Waveshelf is already waiting for your web browser.</source>
        <translation>Waveshelf attend déjà votre navigateur web.</translation>
    </message>
    <message>
        <source>This sign-in attempt cannot be checked; please start again.</source>
        <translation>Cette tentative d’identification ne peut pas être vérifiée&#xa0;; veuillez recommencer.</translation>
    </message>
    <message>
        <source>Another program is using port %1 on this computer, so Waveshelf cannot receive the answer from your web browser. Close that program and try again, or change the redirect URI in File → Settings (and in your SoundCloud app) to another port.</source>
        <translation>Un autre programme utilise le port %1 sur cet ordinateur&#xa0;; Waveshelf ne peut donc pas recevoir la réponse de votre navigateur web. Fermez ce programme et réessayez, ou choisissez un autre port pour l’URI de redirection dans Fichier → Paramètres (et dans votre application SoundCloud).</translation>
    </message>
    <message>
        <source>Waveshelf could not listen on port %1 on this computer to receive the answer from your web browser. Try again, or change the redirect URI in File → Settings.</source>
        <translation>Waveshelf n’a pas pu écouter sur le port %1 de cet ordinateur pour recevoir la réponse de votre navigateur web. Réessayez, ou modifiez l’URI de redirection dans Fichier → Paramètres.</translation>
    </message>
    <message>
        <source>You cancelled signing in with your web browser. Nothing was changed.</source>
        <translation>Vous avez annulé l’identification avec votre navigateur web. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Requête trop volumineuse</translation>
    </message>
    <message>
        <source>This request is too large.</source>
        <translation>Cette requête est trop volumineuse.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Requête incorrecte</translation>
    </message>
    <message>
        <source>Waveshelf could not read this request.</source>
        <translation>Waveshelf n’a pas pu lire cette requête.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>There is nothing at this address.</source>
        <translation>Il n’y a rien à cette adresse.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>This address only answers GET requests.</source>
        <translation>Cette adresse ne répond qu’aux requêtes GET.</translation>
    </message>
    <message>
        <source>Waveshelf</source>
        <translation>Waveshelf</translation>
    </message>
    <message>
        <source>Nothing to do here</source>
        <translation>Rien à faire ici</translation>
    </message>
    <message>
        <source>This address only receives SoundCloud&apos;s answer for Waveshelf.</source>
        <translation>Cette adresse ne reçoit que la réponse de SoundCloud destinée à Waveshelf.</translation>
    </message>
    <message>
        <source>Signed in — Waveshelf</source>
        <translation>Identifié — Waveshelf</translation>
    </message>
    <message>
        <source>You can close this tab and return to Waveshelf.</source>
        <translation>Vous pouvez fermer cet onglet et revenir à Waveshelf.</translation>
    </message>
    <message>
        <source>Waveshelf received SoundCloud&apos;s answer and is finishing the connection.</source>
        <translation>Waveshelf a reçu la réponse de SoundCloud et finalise la connexion.</translation>
    </message>
    <message>
        <source>This sign-in answer is out of date</source>
        <translation>Cette réponse d’identification est périmée</translation>
    </message>
    <message>
        <source>It does not belong to the sign-in Waveshelf is waiting for. Return to Waveshelf and continue from there.</source>
        <translation>Elle ne correspond pas à l’identification que Waveshelf attend. Revenez à Waveshelf et continuez à partir de là.</translation>
    </message>
    <message>
        <source>Declined — Waveshelf</source>
        <translation>Refusé — Waveshelf</translation>
    </message>
    <message>
        <source>You declined the connection</source>
        <translation>Vous avez refusé la connexion</translation>
    </message>
    <message>
        <source>Nothing was changed. You can close this tab and return to Waveshelf.</source>
        <translation>Rien n’a été modifié. Vous pouvez fermer cet onglet et revenir à Waveshelf.</translation>
    </message>
    <message>
        <source>Not connected — Waveshelf</source>
        <translation>Non connecté — Waveshelf</translation>
    </message>
    <message>
        <source>SoundCloud did not approve the sign-in</source>
        <translation>SoundCloud n’a pas validé l’identification</translation>
    </message>
    <message>
        <source>You can close this tab and return to Waveshelf to try again.</source>
        <translation>Vous pouvez fermer cet onglet et revenir à Waveshelf pour réessayer.</translation>
    </message>
</context>
<context>
    <name>waveshelf::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>&amp;Modifier le mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;SoundCloud</source>
        <translation>&amp;SoundCloud</translation>
    </message>
    <message>
        <source>&amp;Connect to SoundCloud</source>
        <translation>&amp;Connecter à SoundCloud</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter de SoundCloud</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Waveshelf</source>
        <translation>À &amp;propos de Waveshelf</translation>
    </message>
    <message>
        <source>New settings apply the next time you log in.</source>
        <translation>Les nouveaux paramètres s’appliqueront à votre prochaine connexion.</translation>
    </message>
    <message>
        <source>About Waveshelf</source>
        <translation>À propos de Waveshelf</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Waveshelf %1&lt;/h3&gt;&lt;p&gt;A native desktop app for SoundCloud.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Waveshelf %1&lt;/h3&gt;&lt;p&gt;Une application de bureau native pour SoundCloud.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SoundCloud sandbox at %1</source>
        <translation>Bac à sable SoundCloud sur %1</translation>
    </message>
    <message>
        <source>not SoundCloud: %1</source>
        <translation>pas SoundCloud&#xa0;: %1</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Service&#xa0;: %1</translation>
    </message>
    <message>
        <source>Service: SoundCloud</source>
        <translation>Service&#xa0;: SoundCloud</translation>
    </message>
    <message>
        <source>&amp;Reconnect to SoundCloud</source>
        <translation>&amp;Reconnecter à SoundCloud</translation>
    </message>
    <message>
        <source>Set by the sandbox for this session; saved only if you change it.</source>
        <translation>Défini par le bac à sable pour cette session&#xa0;; enregistré seulement si vous le modifiez.</translation>
    </message>
    <message>
        <source>Not connected to SoundCloud.</source>
        <translation>Pas connecté à SoundCloud.</translation>
    </message>
</context>
<context>
    <name>waveshelf::MessageBar</name>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>waveshelf::MprisService</name>
    <message>
        <source>The desktop&apos;s media controls (MPRIS) are not available.</source>
        <translation>Les commandes multimédia du bureau (MPRIS) ne sont pas disponibles.</translation>
    </message>
</context>
<context>
    <name>waveshelf::OfflineBanner</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Offline — showing your library from %1</source>
        <translation>Hors ligne — votre bibliothèque telle qu’au %1</translation>
    </message>
    <message>
        <source>Offline — showing your saved library</source>
        <translation>Hors ligne — votre bibliothèque enregistrée</translation>
    </message>
</context>
<context>
    <name>waveshelf::OwnAppForm</name>
    <message>
        <source>1. Sign in at &lt;a href=&quot;https://soundcloud.com/you/apps&quot;&gt;soundcloud.com/you/apps&lt;/a&gt; and register a new app (any name, such as “Waveshelf on my computer”).&lt;br&gt;2. Enter this redirect URI for the app there, exactly as shown:</source>
        <translation>1. Identifiez-vous sur &lt;a href=&quot;https://soundcloud.com/you/apps&quot;&gt;soundcloud.com/you/apps&lt;/a&gt; et enregistrez une nouvelle application (n’importe quel nom, comme «&#xa0;Waveshelf sur mon ordinateur&#xa0;»).&lt;br&gt;2. Saisissez-y cette URI de redirection pour l’application, exactement comme indiqué&#xa0;:</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirection</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copies the redirect URI</source>
        <translation>Copie l’URI de redirection</translation>
    </message>
    <message>
        <source>3. Copy the app&apos;s client ID (and its client secret, if it shows one) here:</source>
        <translation>3. Copiez ici l’ID client de l’application (et son secret client, si elle en affiche un)&#xa0;:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client&#xa0;:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret (optional):</source>
        <translation>S&amp;ecret client (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>About the client secret</source>
        <translation>À propos du secret client</translation>
    </message>
    <message>
        <source>A client secret is set in the environment variable WAVESHELF_CLIENT_SECRET: Waveshelf uses it and does not store it.</source>
        <translation>Un secret client est défini dans la variable d’environnement WAVESHELF_CLIENT_SECRET&#xa0;: Waveshelf l’utilise et ne l’enregistre pas.</translation>
    </message>
    <message>
        <source>Most apps work without one. A secret you enter is kept in the system keyring, never in Waveshelf&apos;s settings file.</source>
        <translation>La plupart des applications fonctionnent sans. Un secret que vous saisissez est conservé dans le trousseau du système, jamais dans le fichier de paramètres de Waveshelf.</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Checks that SoundCloud&apos;s sign-in and token addresses answer</source>
        <translation>Vérifie que les adresses d’identification et de jeton de SoundCloud répondent</translation>
    </message>
    <message>
        <source>Save and co&amp;ntinue</source>
        <translation>Enregistrer et co&amp;ntinuer</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Résultat du test</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Please enter your app&apos;s client ID.</source>
        <translation>Veuillez saisir l’ID client de votre application.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Works: %1</source>
        <translation>Fonctionne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Everything answers: save and continue.</source>
        <translation>Tout répond&#xa0;: enregistrez et continuez.</translation>
    </message>
    <message>
        <source>The client ID is saved. Press “Save and continue” again to go on without the secret.</source>
        <translation>L’ID client est enregistré. Appuyez de nouveau sur «&#xa0;Enregistrer et continuer&#xa0;» pour continuer sans le secret.</translation>
    </message>
</context>
<context>
    <name>waveshelf::PlaceHeader</name>
    <message>
        <source>&amp;Play all</source>
        <translation>&amp;Tout lire</translation>
    </message>
    <message>
        <source>S&amp;huffle</source>
        <translation>&amp;Aléatoire</translation>
    </message>
    <message>
        <source>Play all</source>
        <translation>Tout lire</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>Lecture aléatoire</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Abonné</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>You follow them; click to unfollow</source>
        <translation>Vous suivez cette personne&#xa0;; cliquez pour ne plus la suivre</translation>
    </message>
    <message>
        <source>Follow them on SoundCloud</source>
        <translation>Suivre cette personne sur SoundCloud</translation>
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
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Now playing: %1 by %2</source>
        <translation>En cours de lecture&#xa0;: %1 par %2</translation>
    </message>
</context>
<context>
    <name>waveshelf::PlaybackSettingsPage</name>
    <message>
        <source>Audio &amp;output:</source>
        <translation>&amp;Sortie audio&#xa0;:</translation>
    </message>
    <message>
        <source>Audio output</source>
        <translation>Sortie audio</translation>
    </message>
    <message>
        <source>Where Waveshelf plays. A change applies the next time you log in.</source>
        <translation>Où Waveshelf joue. Un changement s’applique à votre prochaine connexion.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (non branchée)</translation>
    </message>
</context>
<context>
    <name>waveshelf::PlaybackUi</name>
    <message>
        <source>Queue</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <source>&amp;Play/Pause</source>
        <translation>&amp;Lecture/Pause</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Show &amp;Queue</source>
        <translation>Afficher la &amp;file d’attente</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Copy &amp;Link at Current Time</source>
        <translation>Copier le &amp;lien à cet instant</translation>
    </message>
    <message>
        <source>“%1” has no SoundCloud link to share.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de lien SoundCloud à partager.</translation>
    </message>
    <message>
        <source>Nothing is playing.</source>
        <translation>Aucune lecture en cours.</translation>
    </message>
    <message>
        <source>Copied the link to “%1” at %2.</source>
        <translation>Lien vers «&#xa0;%1&#xa0;» à %2 copié.</translation>
    </message>
</context>
<context>
    <name>waveshelf::PlayerBar</name>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>Lecture aléatoire</translation>
    </message>
    <message>
        <source>Repeat: off</source>
        <translation>Répétition&#xa0;: désactivée</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Artwork</source>
        <translation>Pochette</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Durée totale</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
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
        <translation>Titre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Artist: %1</source>
        <translation>Artiste&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Rétablir le son</translation>
    </message>
    <message>
        <source>Repeat: all</source>
        <translation>Répétition&#xa0;: tout</translation>
    </message>
    <message>
        <source>Repeat: one track</source>
        <translation>Répétition&#xa0;: un morceau</translation>
    </message>
    <message>
        <source>Buffering…</source>
        <translation>Mise en mémoire tampon…</translation>
    </message>
    <message>
        <source>Preview: only 30 seconds of this track play.</source>
        <translation>Extrait&#xa0;: seules 30 secondes de ce morceau sont lues.</translation>
    </message>
</context>
<context>
    <name>waveshelf::PlayerController</name>
    <message>
        <source>Only a preview of “%1” can be played with your SoundCloud account; Waveshelf plays the preview.</source>
        <translation>Seul un extrait de «&#xa0;%1&#xa0;» peut être lu avec votre compte SoundCloud&#xa0;; Waveshelf lit l’extrait.</translation>
    </message>
    <message>
        <source>%1 Skipped to the next track.</source>
        <translation>%1 Passage au morceau suivant.</translation>
    </message>
    <message>
        <source>“%1” could not be played.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>waveshelf::PlaylistController</name>
    <message>
        <source>New playlist…</source>
        <translation>Nouvelle playlist…</translation>
    </message>
    <message>
        <source>Reading your playlists…</source>
        <translation>Chargement de vos playlists…</translation>
    </message>
    <message>
        <source>Your playlists could not be read; try again later.</source>
        <translation>Vos playlists n’ont pas pu être lues&#xa0;; réessayez plus tard.</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%Ln morceau</numerusform>
            <numerusform>%Ln morceaux</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding to “%1”…</source>
        <translation>Ajout à «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>“%1” has this track already.</source>
        <translation>«&#xa0;%1&#xa0;» contient déjà ce morceau.</translation>
    </message>
    <message>
        <source>“%1” has these tracks already.</source>
        <translation>«&#xa0;%1&#xa0;» contient déjà ces morceaux.</translation>
    </message>
    <message>
        <source>“%1” is as it was.</source>
        <translation>«&#xa0;%1&#xa0;» a été rétablie telle qu’elle était.</translation>
    </message>
    <message>
        <source>New Playlist</source>
        <translation>Nouvelle playlist</translation>
    </message>
    <message>
        <source>Title of the new playlist (private; you can share it on SoundCloud):</source>
        <translation>Titre de la nouvelle playlist (privée&#xa0;; vous pourrez la partager sur SoundCloud)&#xa0;:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>Création de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message numerus="yes">
        <source>Created “%1” with %n track(s).</source>
        <translation>
            <numerusform>Playlist «&#xa0;%1&#xa0;» créée avec %Ln morceau.</numerusform>
            <numerusform>Playlist «&#xa0;%1&#xa0;» créée avec %Ln morceaux.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Playlist «&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n track(s) from “%1”.</source>
        <translation>
            <numerusform>%Ln morceau retiré de «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%Ln morceaux retirés de «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved tracks in “%1”.</source>
        <translation>Morceaux déplacés dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Rename Playlist</source>
        <translation>Renommer la playlist</translation>
    </message>
    <message>
        <source>New title of “%1”:</source>
        <translation>Nouveau titre de «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>Playlist «&#xa0;%1&#xa0;» renommée en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Delete Playlist</source>
        <translation>Supprimer la playlist</translation>
    </message>
    <message>
        <source>Delete “%1”? Its tracks stay on SoundCloud; the playlist, its link and its likes go.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Ses morceaux restent sur SoundCloud&#xa0;; la playlist, son lien et ses J’aime disparaissent.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>“%1” is back, with a new link.</source>
        <translation>Playlist «&#xa0;%1&#xa0;» rétablie, avec un nouveau lien.</translation>
    </message>
</context>
<context>
    <name>waveshelf::PlaylistListModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Créateur</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Morceaux</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>waveshelf::PlaylistTrackActions</name>
    <message>
        <source>Remove from playlist</source>
        <translation>Retirer de la playlist</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Show the playlist in its own order (no sorting, no filter) to move tracks.</source>
        <translation>Affichez la playlist dans son propre ordre (sans tri ni filtre) pour déplacer des morceaux.</translation>
    </message>
</context>
<context>
    <name>waveshelf::QueueItemDelegate</name>
    <message>
        <source>Now playing</source>
        <translation>En cours de lecture</translation>
    </message>
    <message>
        <source>Up next</source>
        <translation>À suivre</translation>
    </message>
</context>
<context>
    <name>waveshelf::QueueView</name>
    <message>
        <source>Move &amp;Up</source>
        <translation>Monter (&amp;H)</translation>
    </message>
    <message>
        <source>Move the selected track up (Alt+Up)</source>
        <translation>Monter le morceau sélectionné (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Descendre (&amp;B)</translation>
    </message>
    <message>
        <source>Move the selected track down (Alt+Down)</source>
        <translation>Descendre le morceau sélectionné (Alt+Bas)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected track from the queue (Delete)</source>
        <translation>Retirer le morceau sélectionné de la file d’attente (Suppr)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>Remove every track from the queue but the one playing</source>
        <translation>Retirer de la file d’attente tous les morceaux sauf celui en cours</translation>
    </message>
</context>
<context>
    <name>waveshelf::SandboxProcess</name>
    <message>
        <source>Waveshelf could not find the SoundCloud sandbox (the program waveshelf-sandbox), which is not part of the Waveshelf package. Install the package waveshelf-sandbox, or build Waveshelf from its source code (scripts/run.sh), where the sandbox is built beside the app.</source>
        <translation>Waveshelf n’a pas trouvé le bac à sable SoundCloud (le programme waveshelf-sandbox), qui ne fait pas partie du paquet Waveshelf. Installez le paquet waveshelf-sandbox, ou compilez Waveshelf à partir de son code source (scripts/run.sh), où le bac à sable est compilé à côté de l’application.</translation>
    </message>
    <message>
        <source>The SoundCloud sandbox could not be started: %1</source>
        <translation>Impossible de démarrer le bac à sable SoundCloud&#xa0;: %1</translation>
    </message>
    <message>
        <source>The SoundCloud sandbox stopped before it was ready (%1).</source>
        <translation>Le bac à sable SoundCloud s’est arrêté avant d’être prêt (%1).</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>The SoundCloud sandbox stopped (exit code %1). Quit and start Waveshelf again to try it once more.</source>
        <translation>Le bac à sable SoundCloud s’est arrêté (code de sortie %1). Quittez et redémarrez Waveshelf pour réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>The SoundCloud sandbox did not start within %n second(s).</source>
        <translation>
            <numerusform>Le bac à sable SoundCloud n’a pas démarré en %Ln seconde.</numerusform>
            <numerusform>Le bac à sable SoundCloud n’a pas démarré en %Ln secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SoundCloud sandbox did not say where it listens: it may be from another version of Waveshelf.</source>
        <translation>Le bac à sable SoundCloud n’a pas indiqué où il écoute&#xa0;: il provient peut-être d’une autre version de Waveshelf.</translation>
    </message>
</context>
<context>
    <name>waveshelf::SearchField</name>
    <message>
        <source>Search SoundCloud</source>
        <translation>Rechercher sur SoundCloud</translation>
    </message>
</context>
<context>
    <name>waveshelf::SettingsDialog</name>
    <message>
        <source>Where Waveshelf keeps its database and settings</source>
        <translation>Emplacement où Waveshelf conserve sa base de données et ses paramètres</translation>
    </message>
    <message>
        <source>No client secret is set now.</source>
        <translation>Aucun secret client n’est défini actuellement.</translation>
    </message>
    <message>
        <source>A client secret is set now.</source>
        <translation>Un secret client est défini actuellement.</translation>
    </message>
    <message>
        <source>About the client secret</source>
        <translation>À propos du secret client</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Remarque sur %1</translation>
    </message>
    <message>
        <source>Set by the environment variable %1, so it cannot be changed here.</source>
        <translation>Défini par la variable d’environnement %1&#xa0;; ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <source>The client secret is not set here: Waveshelf reads it from the environment variable WAVESHELF_CLIENT_SECRET or from the system keyring (where the first-run guide keeps it), and never writes it to the settings file. Most people do not need one.</source>
        <translation>Le secret client ne se définit pas ici&#xa0;: Waveshelf le lit dans la variable d’environnement WAVESHELF_CLIENT_SECRET ou dans le trousseau du système (où l’assistant de premier démarrage le conserve), et ne l’écrit jamais dans le fichier de paramètres. La plupart des gens n’en ont pas besoin.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Waveshelf speaks the language chosen here from its next start.</source>
        <translation>Waveshelf utilise la langue choisie ici dès son prochain démarrage.</translation>
    </message>
    <message>
        <source>A PostgreSQL database shared by several computers, as postgresql://user@server/database. The password is read from ~/.pgpass or PGPASSWORD, never from here. Used from the next start. The server keeps each local user&apos;s name, Argon2id password hash and vault salt, and the SoundCloud tokens and library only as sealed blobs that the user&apos;s password opens. A server on another computer is reached over TLS with its certificate checked (sslmode=verify-full, with the certificate authority in ~/.postgresql/root.crt) unless the URL names another sslmode.</source>
        <translation>Une base de données PostgreSQL partagée par plusieurs ordinateurs, sous la forme postgresql://utilisateur@serveur/base. Le mot de passe est lu dans ~/.pgpass ou PGPASSWORD, jamais ici. Utilisée à partir du prochain démarrage. Le serveur conserve pour chaque utilisateur local son nom, l’empreinte Argon2id de son mot de passe et le sel de son coffre, et les jetons SoundCloud et la bibliothèque uniquement sous forme scellée, que seul le mot de passe de l’utilisateur ouvre. Un serveur sur un autre ordinateur est joint en TLS avec son certificat vérifié (sslmode=verify-full, avec l’autorité de certification dans ~/.postgresql/root.crt), sauf si l’URL indique un autre sslmode.</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
</context>
<context>
    <name>waveshelf::SignInPopupWindow</name>
    <message>
        <source>Sign in</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>Sign-in window</source>
        <translation>Fenêtre d’identification</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Page d’identification</translation>
    </message>
    <message>
        <source>Sign in – %1</source>
        <translation>Identification – %1</translation>
    </message>
</context>
<context>
    <name>waveshelf::StreamResolver</name>
    <message>
        <source>SoundCloud no longer has “%1”.</source>
        <translation>SoundCloud n’a plus «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>SoundCloud does not allow “%1” to be played.</source>
        <translation>SoundCloud n’autorise pas la lecture de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>SoundCloud did not accept the request right now; try again.</source>
        <translation>SoundCloud n’a pas accepté la requête pour le moment&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>SoundCloud offers no stream of “%1” that Waveshelf can play.</source>
        <translation>SoundCloud ne propose aucun flux de «&#xa0;%1&#xa0;» que Waveshelf puisse lire.</translation>
    </message>
    <message>
        <source>SoundCloud sent the stream of “%1” in a way Waveshelf cannot play.</source>
        <translation>SoundCloud a envoyé le flux de «&#xa0;%1&#xa0;» sous une forme que Waveshelf ne peut pas lire.</translation>
    </message>
    <message>
        <source>SoundCloud sent the stream of “%1” to an address Waveshelf does not play from.</source>
        <translation>SoundCloud a envoyé le flux de «&#xa0;%1&#xa0;» vers une adresse depuis laquelle Waveshelf ne lit pas.</translation>
    </message>
</context>
<context>
    <name>waveshelf::TrackItemDelegate</name>
    <message>
        <source>Preview</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>Blocked: SoundCloud does not play this track in your country or on your plan</source>
        <translation>Bloqué&#xa0;: SoundCloud ne diffuse pas ce morceau dans votre pays ou avec votre abonnement</translation>
    </message>
</context>
<context>
    <name>waveshelf::TrackListModel</name>
    <message>
        <source>Not playable in your country or on your plan (%1)</source>
        <translation>Non lisible dans votre pays ou avec votre abonnement (%1)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Artiste</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Blocked: SoundCloud does not play this track in your country or on your plan</source>
        <translation>Bloqué&#xa0;: SoundCloud ne diffuse pas ce morceau dans votre pays ou avec votre abonnement</translation>
    </message>
    <message>
        <source>Preview: only a short part of this track plays on your plan</source>
        <translation>Extrait&#xa0;: seule une courte partie de ce morceau est lue avec votre abonnement</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>extrait</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Plays</source>
        <translation>Écoutes</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>J’aime</translation>
    </message>
    <message>
        <source>Liked</source>
        <translation>J’aime</translation>
    </message>
    <message>
        <source>Liked: click to unlike</source>
        <translation>Aimé&#xa0;: cliquez pour ne plus aimer</translation>
    </message>
    <message>
        <source>Not liked: click to like</source>
        <translation>Pas aimé&#xa0;: cliquez pour aimer</translation>
    </message>
</context>
<context>
    <name>waveshelf::TrackTableView</name>
    <message>
        <source>Tracks</source>
        <translation>Morceaux</translation>
    </message>
    <message>
        <source>Open on SoundCloud</source>
        <translation>Ouvrir sur SoundCloud</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>J’aime</translation>
    </message>
    <message>
        <source>Go to artist</source>
        <translation>Aller à l’artiste</translation>
    </message>
    <message>
        <source>Unlike</source>
        <translation>Je n’aime plus</translation>
    </message>
    <message>
        <source>Track actions</source>
        <translation>Actions sur le morceau</translation>
    </message>
    <message>
        <source>Play next</source>
        <translation>Lire ensuite</translation>
    </message>
    <message>
        <source>Add to queue</source>
        <translation>Ajouter à la file d’attente</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Add to playlist</source>
        <translation>Ajouter à une playlist</translation>
    </message>
    <message>
        <source>Related tracks</source>
        <translation>Morceaux similaires</translation>
    </message>
</context>
<context>
    <name>waveshelf::UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Morceaux</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Abonnés</translation>
    </message>
</context>
</TS>
