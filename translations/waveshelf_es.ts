<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ApiClient</name>
    <message>
        <source>SoundCloud pointed Waveshelf to another server; the request was not sent.</source>
        <translation>SoundCloud redirigió a Waveshelf a otro servidor; la solicitud no se envió.</translation>
    </message>
    <message>
        <source>SoundCloud did not accept the request right now; try again.</source>
        <translation>SoundCloud no ha aceptado la solicitud en este momento; inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ApiJson</name>
    <message>
        <source>SoundCloud sent an answer Waveshelf cannot read. Try again later.</source>
        <translation>SoundCloud envió una respuesta que Waveshelf no puede leer. Inténtalo más tarde.</translation>
    </message>
    <message>
        <source>SoundCloud no longer accepts this connection. Please reconnect.</source>
        <translation>SoundCloud ya no acepta esta conexión. Vuelve a conectarte.</translation>
    </message>
    <message>
        <source>SoundCloud asks Waveshelf to wait until %1 before trying again.</source>
        <translation>SoundCloud pide a Waveshelf que espere hasta el %1 antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>SoundCloud is busy right now; try again in a moment.</source>
        <translation>SoundCloud está ocupado ahora mismo; inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>SoundCloud is unreachable, try again.</source>
        <translation>No se puede acceder a SoundCloud; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>SoundCloud could not find what was asked for.</source>
        <translation>SoundCloud no encontró lo que se pidió.</translation>
    </message>
    <message>
        <source>SoundCloud refused the request (error %1). Try again later.</source>
        <translation>SoundCloud rechazó la solicitud (error %1). Inténtalo más tarde.</translation>
    </message>
    <message>
        <source>SoundCloud refused this request.</source>
        <translation>SoundCloud ha rechazado esta solicitud.</translation>
    </message>
    <message>
        <source>SoundCloud refused this request: “%1”</source>
        <translation>SoundCloud ha rechazado esta solicitud: «%1»</translation>
    </message>
</context>
<context>
    <name>ArtworkCacheFolder</name>
    <message>
        <source>The artwork cache folder %1 is not yours, so Waveshelf does not keep your artwork there.</source>
        <translation>La carpeta de caché de portadas %1 no es tuya, así que Waveshelf no guarda ahí tus portadas.</translation>
    </message>
</context>
<context>
    <name>AuthorizedGet</name>
    <message>
        <source>SoundCloud pointed Waveshelf to another server; the request was not sent.</source>
        <translation>SoundCloud redirigió a Waveshelf a otro servidor; la solicitud no se envió.</translation>
    </message>
</context>
<context>
    <name>BrowserProfileFolder</name>
    <message>
        <source>The browser profile folder %1 is not yours, so Waveshelf does not keep your SoundCloud sign-in there.</source>
        <translation>La carpeta de perfil del navegador %1 no es tuya, así que Waveshelf no guarda ahí tu inicio de sesión de SoundCloud.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>%1 never takes a password on the command line, where other users and the shell history could see it. Type it when asked, or give it on standard input with --password-stdin.</source>
        <translation>%1 nunca acepta una contraseña en la línea de comandos, donde otros usuarios y el historial del shell podrían verla. Escríbela cuando se te pida o pásala por la entrada estándar con --password-stdin.</translation>
    </message>
    <message>
        <source>List a local user&apos;s own SoundCloud tracks.</source>
        <translation>Listar las pistas propias de un usuario local en SoundCloud.</translation>
    </message>
    <message>
        <source>List the tracks a local user liked.</source>
        <translation>Listar las pistas que un usuario local marcó con «Me gusta».</translation>
    </message>
    <message>
        <source>Waveshelf from a terminal: local users, their SoundCloud connection and their library, with the app&apos;s settings and database.</source>
        <translation>Waveshelf desde un terminal: usuarios locales, su conexión con SoundCloud y su biblioteca, con la configuración y la base de datos de la aplicación.</translation>
    </message>
    <message>
        <source>What to do; see the list below.</source>
        <translation>Qué hacer; consulta la lista de abajo.</translation>
    </message>
    <message>
        <source>There is no command &quot;users %1&quot;.</source>
        <translation>No existe el comando «users %1».</translation>
    </message>
    <message>
        <source>There is no command &quot;%1&quot;.</source>
        <translation>No existe el comando «%1».</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>Falta %1.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source> [--data-dir DIR] &lt;command&gt; [options]</source>
        <translation> [--data-dir CARPETA] &lt;comando&gt; [opciones]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>&quot;%1 &lt;command&gt; --help&quot; tells more about a command.</source>
        <translation>«%1 &lt;comando&gt; --help» da más detalles sobre un comando.</translation>
    </message>
    <message>
        <source>Settings and environment variables are the app&apos;s: WAVESHELF_DATA_DIR, WAVESHELF_CLIENT_ID, WAVESHELF_CLIENT_SECRET, WAVESHELF_REDIRECT_URI, WAVESHELF_AUTHORIZE_URL, WAVESHELF_TOKEN_URL, WAVESHELF_API_URL.</source>
        <translation>La configuración y las variables de entorno son las de la aplicación: WAVESHELF_DATA_DIR, WAVESHELF_CLIENT_ID, WAVESHELF_CLIENT_SECRET, WAVESHELF_REDIRECT_URI, WAVESHELF_AUTHORIZE_URL, WAVESHELF_TOKEN_URL, WAVESHELF_API_URL.</translation>
    </message>
    <message>
        <source> &lt;command&gt; [options]</source>
        <translation> &lt;comando&gt; [opciones]</translation>
    </message>
    <message>
        <source> [options]</source>
        <translation> [opciones]</translation>
    </message>
    <message>
        <source>Passwords: asked at the terminal (not shown as you type), or read from standard input with --password-stdin, one per line. Never taken from the command line.</source>
        <translation>Contraseñas: se piden en el terminal (no se ven al escribir) o se leen de la entrada estándar con --password-stdin, una por línea. Nunca se toman de la línea de comandos.</translation>
    </message>
    <message>
        <source>Exit codes:
  0  done
  1  another error (database, files, a sign-in that was declined...)
  2  usage: the command line or the password input is not right
  3  not connected to SoundCloud, or SoundCloud wants you to reconnect
  4  SoundCloud is unreachable or busy (time-outs, server errors, 429): try again later
  5  wrong password or unknown user</source>
        <translation>Códigos de salida:
  0  hecho
  1  otro error (base de datos, archivos, un inicio de sesión rechazado…)
  2  uso: la línea de comandos o la contraseña introducida no es correcta
  3  sin conexión con SoundCloud, o SoundCloud pide volver a conectar
  4  no se puede acceder a SoundCloud o está ocupado (tiempos de espera, errores del servidor, 429): inténtalo más tarde
  5  contraseña incorrecta o usuario desconocido</translation>
    </message>
    <message>
        <source>List a local user&apos;s stream (what the people they follow post).</source>
        <translation>Listar el stream de un usuario local (lo que publican las personas a las que sigue).</translation>
    </message>
    <message>
        <source>List the tracks of one playlist.</source>
        <translation>Listar las pistas de una lista de reproducción.</translation>
    </message>
    <message>
        <source>List the tracks a local user played last.</source>
        <translation>Listar las últimas pistas que ha reproducido un usuario local.</translation>
    </message>
    <message>
        <source>List the tracks SoundCloud relates to one.</source>
        <translation>Listar las pistas que SoundCloud relaciona con una pista.</translation>
    </message>
</context>
<context>
    <name>ClientSecretStore</name>
    <message>
        <source>The system keyring did not let Waveshelf use the client secret (access was denied). You can set it in the environment variable WAVESHELF_CLIENT_SECRET instead.</source>
        <translation>El llavero del sistema no dejó que Waveshelf usara el secreto de cliente (se denegó el acceso). En su lugar, puedes definirlo en la variable de entorno WAVESHELF_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>No keyring service is running on this computer (such as GNOME Keyring or KWallet), so Waveshelf cannot keep a client secret. If your SoundCloud app needs one, set the environment variable WAVESHELF_CLIENT_SECRET before starting Waveshelf; it is never written to disk.</source>
        <translation>No hay ningún servicio de llavero en marcha en este ordenador (como GNOME Keyring o KWallet), así que Waveshelf no puede guardar un secreto de cliente. Si tu aplicación de SoundCloud lo necesita, define la variable de entorno WAVESHELF_CLIENT_SECRET antes de iniciar Waveshelf; nunca se escribe en el disco.</translation>
    </message>
    <message>
        <source>Waveshelf&apos;s settings say your SoundCloud app&apos;s client secret is in the system keyring, but it is not there any more. Set the environment variable WAVESHELF_CLIENT_SECRET, or enter the secret again in the first-run guide (clear the client ID in File → Settings… to see it again).</source>
        <translation>Según la configuración de Waveshelf, el secreto de cliente de tu aplicación de SoundCloud está en el llavero del sistema, pero ya no está ahí. Define la variable de entorno WAVESHELF_CLIENT_SECRET o vuelve a introducir el secreto en el asistente de primer inicio (vacía el ID de cliente en Archivo → Configuración… para volver a verlo).</translation>
    </message>
</context>
<context>
    <name>CommonOptions</name>
    <message>
        <source>Use the Waveshelf data folder &lt;dir&gt; (default: $WAVESHELF_DATA_DIR, else the app&apos;s own).</source>
        <translation>Usar la carpeta de datos de Waveshelf &lt;carpeta&gt; (predeterminada: $WAVESHELF_DATA_DIR o, si no, la de la aplicación).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Show Waveshelf&apos;s log messages on standard error.</source>
        <translation>Mostrar los mensajes de registro de Waveshelf en la salida de error estándar.</translation>
    </message>
    <message>
        <source>The local Waveshelf user &lt;name&gt;.</source>
        <translation>El usuario local de Waveshelf &lt;nombre&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Read the password from standard input (its first line) instead of asking.</source>
        <translation>Leer la contraseña de la entrada estándar (su primera línea) en lugar de pedirla.</translation>
    </message>
    <message>
        <source>Print JSON for machines instead of a table.</source>
        <translation>Mostrar JSON para programas en lugar de una tabla.</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; items (default: all).</source>
        <translation>Mostrar como máximo &lt;n&gt; elementos (predeterminado: todos).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Say which local user with --user NAME.</source>
        <translation>Indica el usuario local con --user NAME.</translation>
    </message>
    <message>
        <source>--limit needs a whole number greater than 0.</source>
        <translation>--limit necesita un número entero mayor que 0.</translation>
    </message>
</context>
<context>
    <name>ConfigCheck</name>
    <message>
        <source>Please enter the %1.</source>
        <translation>Rellena el campo «%1».</translation>
    </message>
    <message>
        <source>The %1 must be a web address that starts with https:// or http://.</source>
        <translation>El campo «%1» debe ser una dirección web que empiece por https:// o http://.</translation>
    </message>
    <message>
        <source>The %1 needs a server name after %2://, as in https://secure.soundcloud.com.</source>
        <translation>El campo «%1» necesita un nombre de servidor después de %2://, como en https://secure.soundcloud.com.</translation>
    </message>
    <message>
        <source>The %1 cannot contain a user name or password (the part before “@”).</source>
        <translation>El campo «%1» no puede contener un nombre de usuario ni una contraseña (la parte antes de «@»).</translation>
    </message>
    <message>
        <source>The %1 must start with https:// (plain http:// is only allowed for this computer, such as 127.0.0.1).</source>
        <translation>El campo «%1» debe empezar por https:// (http:// sin cifrar solo se permite para este ordenador, como 127.0.0.1).</translation>
    </message>
    <message>
        <source>The %1 cannot contain a “#” part.</source>
        <translation>El campo «%1» no puede contener una parte «#».</translation>
    </message>
    <message>
        <source>The client ID cannot contain spaces.</source>
        <translation>El ID de cliente no puede contener espacios.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirección</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>URL de autorización</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL del token</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL de la API</translation>
    </message>
    <message>
        <source>The database URL must look like postgresql://user@server/database (or be empty for the database in the data folder).</source>
        <translation>La URL de la base de datos debe tener la forma postgresql://usuario@servidor/basededatos (o estar vacía para usar la base de datos de la carpeta de datos).</translation>
    </message>
    <message>
        <source>The database URL’s options (after “?”) may only contain letters, digits and _ . , : / + = -.</source>
        <translation>Las opciones de la URL de la base de datos (tras «?») solo pueden contener letras, dígitos y _ . , : / + = -.</translation>
    </message>
    <message>
        <source>The database URL cannot contain a password. Put the password in ~/.pgpass (or PGPASSWORD), where PostgreSQL&apos;s own tools read it.</source>
        <translation>La URL de la base de datos no puede contener una contraseña. Pon la contraseña en ~/.pgpass (o PGPASSWORD), donde la leen las propias herramientas de PostgreSQL.</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>URL de la base de datos</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <source>%1 in the settings file</source>
        <translation>%1 en el archivo de configuración</translation>
    </message>
    <message>
        <source>%1 is not used: “%2”. %3 Waveshelf uses %4 instead.</source>
        <translation>No se usa %1: «%2». %3 Waveshelf usa %4 en su lugar.</translation>
    </message>
    <message>
        <source>The settings file %1 is not used: it belongs to another user (%2), who could send your SoundCloud sign-in elsewhere with it. Waveshelf uses its defaults and the environment; saving the settings replaces the file.</source>
        <translation>No se usa el archivo de configuración %1: pertenece a otro usuario (%2), que podría usarlo para enviar tu inicio de sesión de SoundCloud a otro sitio. Waveshelf usa sus valores predeterminados y el entorno; al guardar la configuración se reemplaza el archivo.</translation>
    </message>
    <message>
        <source>The settings file %1 is not used: other users of this computer can change it (its permissions are %2), and so send your SoundCloud sign-in elsewhere. Waveshelf uses its defaults and the environment; saving the settings replaces the file.</source>
        <translation>No se usa el archivo de configuración %1: otros usuarios de este ordenador pueden modificarlo (sus permisos son %2) y así enviar tu inicio de sesión de SoundCloud a otro sitio. Waveshelf usa sus valores predeterminados y el entorno; al guardar la configuración se reemplaza el archivo.</translation>
    </message>
    <message>
        <source>Could not replace the settings file %1, which belongs to another user.</source>
        <translation>No se pudo reemplazar el archivo de configuración %1, que pertenece a otro usuario.</translation>
    </message>
    <message>
        <source>Could not save the settings to %1.</source>
        <translation>No se pudo guardar la configuración en %1.</translation>
    </message>
    <message>
        <source>Could not create the data folder %1.</source>
        <translation>No se pudo crear la carpeta de datos %1.</translation>
    </message>
    <message>
        <source>Waveshelf does not use the data folder %1: it belongs to another user (%2), who could change its settings and send your SoundCloud sign-in elsewhere. Use a folder of your own (--data-dir or WAVESHELF_DATA_DIR).</source>
        <translation>Waveshelf no usa la carpeta de datos %1: pertenece a otro usuario (%2), que podría cambiar su configuración y enviar tu inicio de sesión de SoundCloud a otro sitio. Usa una carpeta propia (--data-dir o WAVESHELF_DATA_DIR).</translation>
    </message>
    <message>
        <source>Waveshelf does not use the data folder %1: other users of this computer can change what is in it (its permissions are %2), and so send your SoundCloud sign-in elsewhere. Make it yours alone (chmod 700) or use another folder (--data-dir or WAVESHELF_DATA_DIR).</source>
        <translation>Waveshelf no usa la carpeta de datos %1: otros usuarios de este ordenador pueden cambiar su contenido (sus permisos son %2) y así enviar tu inicio de sesión de SoundCloud a otro sitio. Haz que sea solo tuya (chmod 700) o usa otra carpeta (--data-dir o WAVESHELF_DATA_DIR).</translation>
    </message>
    <message>
        <source>the database in its data folder</source>
        <translation>la base de datos de su carpeta de datos</translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <source>y</source>
        <comment>the short yes of a y/N question</comment>
        <translation>s</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the long yes of a y/N question</comment>
        <translation>sí</translation>
    </message>
    <message>
        <source>Connect a local user to SoundCloud with your web browser.</source>
        <translation>Conectar un usuario local a SoundCloud con tu navegador web.</translation>
    </message>
    <message>
        <source>Prints the address to open in your web browser, then waits for SoundCloud to send the browser back to the redirect URI (WAVESHELF_REDIRECT_URI, default http://127.0.0.1:8765/callback), which must be on this computer. If you sign in to another SoundCloud account than the one already connected, nothing is changed unless you give --replace. Before a first connection it shows the SoundCloud account you signed in to and asks whether it is yours (another user of this computer could see the address and sign in with theirs); --yes connects it without asking.</source>
        <translation>Muestra la dirección que debes abrir en tu navegador web y espera a que SoundCloud devuelva el navegador a la URI de redirección (WAVESHELF_REDIRECT_URI, por defecto http://127.0.0.1:8765/callback), que debe estar en este ordenador. Si inicias sesión con una cuenta de SoundCloud distinta de la ya conectada, no se cambia nada salvo que indiques --replace. Antes de una primera conexión muestra la cuenta de SoundCloud con la que iniciaste sesión y pregunta si es tuya (otro usuario de este ordenador podría ver la dirección e iniciar sesión con la suya); --yes la conecta sin preguntar.</translation>
    </message>
    <message>
        <source>Sign in with your web browser (the only way from a terminal).</source>
        <translation>Iniciar sesión con tu navegador web (la única forma desde un terminal).</translation>
    </message>
    <message>
        <source>Replace the connected SoundCloud account if you sign in to a different one.</source>
        <translation>Reemplazar la cuenta de SoundCloud conectada si inicias sesión con otra.</translation>
    </message>
    <message>
        <source>Connect the SoundCloud account you sign in to without asking whether it is yours.</source>
        <translation>Conectar la cuenta de SoundCloud con la que inicies sesión sin preguntar si es tuya.</translation>
    </message>
    <message>
        <source>Stop waiting for the browser after &lt;seconds&gt; (default %1).</source>
        <translation>Dejar de esperar al navegador tras &lt;segundos&gt; (predeterminado: %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>From a terminal, connecting works through your web browser: add --browser.</source>
        <translation>Desde un terminal, la conexión se hace con tu navegador web: añade --browser.</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds greater than 0.</source>
        <translation>--timeout necesita un número entero de segundos mayor que 0.</translation>
    </message>
    <message>
        <source>After you sign in, Waveshelf asks at the terminal whether the SoundCloud account is yours, but standard input is not a terminal. Run the command at a terminal, or add --yes to connect the account that signs in without asking.</source>
        <translation>Después de iniciar sesión, Waveshelf pregunta en el terminal si la cuenta de SoundCloud es tuya, pero la entrada estándar no es un terminal. Ejecuta el comando en un terminal o añade --yes para conectar sin preguntar la cuenta que inicie sesión.</translation>
    </message>
    <message>
        <source>Open this address in your web browser to connect %1 to SoundCloud:</source>
        <translation>Abre esta dirección en tu navegador web para conectar %1 a SoundCloud:</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for your browser (at most %n second(s); Ctrl+C stops)…</source>
        <translation>
            <numerusform>Esperando a tu navegador (como máximo %Ln segundo; Ctrl+C lo detiene)…</numerusform>
            <numerusform>Esperando a tu navegador (como máximo %Ln segundos; Ctrl+C lo detiene)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Your browser came back; finishing the connection…</source>
        <translation>Tu navegador ha vuelto; terminando la conexión…</translation>
    </message>
    <message>
        <source>Your browser signed in to SoundCloud as %1; connecting it (--yes).</source>
        <translation>Tu navegador inició sesión en SoundCloud como %1; conectando la cuenta (--yes).</translation>
    </message>
    <message>
        <source>Your browser signed in to SoundCloud as %1. Connect %2 to this account? Answer y only if it is yours: another user of this computer could have signed in with theirs. [y/N] </source>
        <translation>Tu navegador inició sesión en SoundCloud como %1. ¿Conectar %2 a esta cuenta? Responde s solo si es tuya: otro usuario de este ordenador podría haber iniciado sesión con la suya. [s/N] </translation>
    </message>
    <message>
        <source>Replacing the connection to %1 with %2.</source>
        <translation>Reemplazando la conexión con %1 por %2.</translation>
    </message>
    <message>
        <source>You signed in to SoundCloud as %1, but %2 is connected to %3. Run again with --replace to replace it.</source>
        <translation>Iniciaste sesión en SoundCloud como %1, pero %2 está conectado a %3. Vuelve a ejecutarlo con --replace para reemplazar la conexión.</translation>
    </message>
    <message>
        <source>Connected %1 to SoundCloud as %2.</source>
        <translation>%1 se ha conectado a SoundCloud como %2.</translation>
    </message>
</context>
<context>
    <name>ConnectFlow</name>
    <message>
        <source>Not connected: you did not confirm the SoundCloud account %1, so nothing was saved.</source>
        <translation>No conectado: no confirmaste la cuenta de SoundCloud %1, así que no se guardó nada.</translation>
    </message>
    <message>
        <source>Kept your SoundCloud connection as it was; nothing was changed.</source>
        <translation>Tu conexión con SoundCloud sigue como estaba; no se cambió nada.</translation>
    </message>
    <message>
        <source>The SoundCloud window was closed before the connection was finished. Nothing was changed.</source>
        <translation>La ventana de SoundCloud se cerró antes de terminar la conexión. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>ConnectionRepository</name>
    <message>
        <source>This account is not connected to SoundCloud.</source>
        <translation>Esta cuenta no está conectada a SoundCloud.</translation>
    </message>
    <message>
        <source>The SoundCloud connection was changed meanwhile. Please try again.</source>
        <translation>La conexión con SoundCloud cambió mientras tanto. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Your SoundCloud connection is being refreshed right now. Nothing was changed; please try again in a minute.</source>
        <translation>Tu conexión con SoundCloud se está renovando ahora mismo. No se cambió nada; inténtalo de nuevo en un minuto.</translation>
    </message>
</context>
<context>
    <name>ConnectionStore</name>
    <message>
        <source>%1 is connected to SoundCloud outside the sandbox. The sandbox leaves that connection alone: try the sandbox as another local user.</source>
        <translation>%1 está conectado a SoundCloud fuera del entorno de pruebas. El entorno de pruebas no toca esa conexión: pruébalo con otro usuario local.</translation>
    </message>
    <message>
        <source>%1 is connected to another SoundCloud service (%2). Reconnect to use this one, or switch back to %2 in Settings.</source>
        <translation>%1 está conectado a otro servicio de SoundCloud (%2). Vuelve a conectarte para usar este, o vuelve a %2 en la Configuración.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Run &quot;%1 --help&quot; for how to use it.</source>
        <translation>Ejecuta «%1 --help» para ver cómo usarlo.</translation>
    </message>
</context>
<context>
    <name>CountText</name>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%Ln pista</numerusform>
            <numerusform>%Ln pistas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n playlist(s)</source>
        <translation>
            <numerusform>%Ln lista de reproducción</numerusform>
            <numerusform>%Ln listas de reproducción</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message>
        <source>No tracks found for “%1”.</source>
        <translation>No se encontraron pistas para «%1».</translation>
    </message>
    <message>
        <source>No playlists found for “%1”.</source>
        <translation>No se encontraron listas de reproducción para «%1».</translation>
    </message>
    <message>
        <source>No people found for “%1”.</source>
        <translation>No se encontraron personas para «%1».</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Aquí todavía no hay nada.</translation>
    </message>
    <message>
        <source>Offline: this list is not saved on this computer</source>
        <translation>Sin conexión: esta lista no está guardada en este ordenador</translation>
    </message>
    <message>
        <source>Offline: %1 saved on this computer</source>
        <translation>Sin conexión: %1 guardadas en este ordenador</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>%1 loaded; the rest could not be loaded</source>
        <translation>%1 cargadas; no se pudo cargar el resto</translation>
    </message>
    <message>
        <source>Filtering, %1 loaded so far…</source>
        <translation>Filtrando, %1 cargadas hasta ahora…</translation>
    </message>
    <message>
        <source>%1 loaded, more coming</source>
        <translation>%1 cargadas, vienen más</translation>
    </message>
    <message>
        <source>%1 loaded; more as you scroll</source>
        <translation>%1 cargadas; más al desplazarte</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n shown)</source>
        <translation>
            <numerusform>%1 (%Ln mostrada)</numerusform>
            <numerusform>%1 (%Ln mostradas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialCheck</name>
    <message>
        <source>The username or password is not correct.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>Your saved data could not be unlocked. It may be damaged.</source>
        <translation>No se pudieron desbloquear tus datos guardados. Puede que estén dañados.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not open the database %1. It may be in use by another program, damaged, or not a Waveshelf database.</source>
        <translation>No se pudo abrir la base de datos %1. Puede que otro programa la esté usando, que esté dañada o que no sea una base de datos de Waveshelf.</translation>
    </message>
    <message>
        <source>The database %1 can be read by other users of this computer, and Waveshelf could not change that. Make the file yours (readable by you only), then start Waveshelf again.</source>
        <translation>Otros usuarios de este ordenador pueden leer la base de datos %1 y Waveshelf no pudo cambiarlo. Haz que el archivo sea solo tuyo (legible solo por ti) y vuelve a iniciar Waveshelf.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Waveshelf. Please update Waveshelf to open it.</source>
        <translation>La base de datos %1 la escribió una versión más reciente de Waveshelf. Actualiza Waveshelf para abrirla.</translation>
    </message>
    <message>
        <source>Could not upgrade the database %1.</source>
        <translation>No se pudo actualizar la base de datos %1.</translation>
    </message>
    <message>
        <source>The database is damaged: one of its keys has the wrong size.</source>
        <translation>La base de datos está dañada: una de sus claves tiene un tamaño incorrecto.</translation>
    </message>
</context>
<context>
    <name>DisconnectCommand</name>
    <message>
        <source>Forget a local user&apos;s SoundCloud connection (its tokens).</source>
        <translation>Olvidar la conexión con SoundCloud de un usuario local (sus tokens).</translation>
    </message>
    <message>
        <source>Nothing changes on SoundCloud; connect again with &quot;connect --browser&quot;.</source>
        <translation>No cambia nada en SoundCloud; vuelve a conectar con «connect --browser».</translation>
    </message>
    <message>
        <source>%1 was not connected to SoundCloud.</source>
        <translation>%1 no estaba conectado a SoundCloud.</translation>
    </message>
    <message>
        <source>Disconnected %1 from SoundCloud.</source>
        <translation>%1 se ha desconectado de SoundCloud.</translation>
    </message>
</context>
<context>
    <name>EndpointCheck</name>
    <message>
        <source>The %1 does not answer: nothing listens at %2 (connection refused).</source>
        <translation>La %1 no responde: no hay nada escuchando en %2 (conexión rechazada).</translation>
    </message>
    <message>
        <source>The %1 does not answer: the server name %2 is not known.</source>
        <translation>La %1 no responde: no se conoce el nombre de servidor %2.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 does not answer: %2 said nothing within %n second(s).</source>
        <translation>
            <numerusform>La %1 no responde: %2 no contestó en %Ln segundo.</numerusform>
            <numerusform>La %1 no responde: %2 no contestó en %Ln segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 does not answer: a secure connection to %2 could not be made.</source>
        <translation>La %1 no responde: no se pudo establecer una conexión segura con %2.</translation>
    </message>
    <message>
        <source>The %1 does not answer: %2 could not be reached.</source>
        <translation>La %1 no responde: no se puede acceder a %2.</translation>
    </message>
    <message>
        <source>The %1 has a problem on its side (HTTP %2). Try again later, or check the address.</source>
        <translation>La %1 tiene un problema por su parte (HTTP %2). Inténtalo más tarde o comprueba la dirección.</translation>
    </message>
    <message>
        <source>The %1 answers, but refuses this app (“%2”): check the client ID and that the redirect URI is registered for your app exactly as shown.</source>
        <translation>La %1 responde, pero rechaza esta aplicación («%2»): comprueba el ID de cliente y que la URI de redirección esté registrada para tu aplicación exactamente como se muestra.</translation>
    </message>
    <message>
        <source>The %1 answers (it sends the browser on to sign in).</source>
        <translation>La %1 responde (envía el navegador al inicio de sesión).</translation>
    </message>
    <message>
        <source>The %1 answers, but refuses this app (HTTP %2): check the client ID and that the redirect URI is registered for your app exactly as shown.</source>
        <translation>La %1 responde, pero rechaza esta aplicación (HTTP %2): comprueba el ID de cliente y que la URI de redirección esté registrada para tu aplicación exactamente como se muestra.</translation>
    </message>
    <message>
        <source>The %1 answers (it shows a sign-in page).</source>
        <translation>La %1 responde (muestra una página de inicio de sesión).</translation>
    </message>
    <message>
        <source>The %1 has no sign-in page at this address (HTTP %2): check the address.</source>
        <translation>La %1 no tiene una página de inicio de sesión en esta dirección (HTTP %2): comprueba la dirección.</translation>
    </message>
    <message>
        <source>The %1 answers, but does not accept this client ID (or client secret): check them on your app&apos;s page.</source>
        <translation>La %1 responde, pero no acepta este ID de cliente (o este secreto de cliente): compruébalos en la página de tu aplicación.</translation>
    </message>
    <message>
        <source>The %1 answers, but asks to slow down (too many requests): wait a minute before connecting.</source>
        <translation>La %1 responde, pero pide ir más despacio (demasiadas solicitudes): espera un minuto antes de conectarte.</translation>
    </message>
    <message>
        <source>The %1 answers (it turned down a made-up sign-in code, as it should).</source>
        <translation>La %1 responde (rechazó un código de inicio de sesión inventado, como debe ser).</translation>
    </message>
    <message>
        <source>The %1 answers with a web page instead of SoundCloud&apos;s token answer (HTTP %2): check the address.</source>
        <translation>La %1 responde con una página web en lugar de la respuesta de token de SoundCloud (HTTP %2): comprueba la dirección.</translation>
    </message>
    <message>
        <source>The %1 gives an answer SoundCloud&apos;s token endpoint would not (HTTP %2): check the address.</source>
        <translation>La %1 da una respuesta que el servicio de tokens de SoundCloud no daría (HTTP %2): comprueba la dirección.</translation>
    </message>
    <message>
        <source>Please enter the client ID first.</source>
        <translation>Introduce primero el ID de cliente.</translation>
    </message>
</context>
<context>
    <name>FollowClient</name>
    <message>
        <source>This is not a SoundCloud user.</source>
        <translation>Esto no es una cuenta de SoundCloud.</translation>
    </message>
    <message>
        <source>SoundCloud no longer has %1&apos;s account.</source>
        <translation>SoundCloud ya no tiene la cuenta de %1.</translation>
    </message>
    <message>
        <source>SoundCloud did not let you follow %1: most likely you follow as many people as it allows. Unfollow someone first.</source>
        <translation>SoundCloud no te deja seguir a %1: lo más probable es que ya sigas a tantas personas como permite. Deja de seguir a alguien primero.</translation>
    </message>
    <message>
        <source>SoundCloud did not save that you follow %1.</source>
        <translation>SoundCloud no ha guardado que sigues a %1.</translation>
    </message>
    <message>
        <source>SoundCloud did not stop you following %1.</source>
        <translation>SoundCloud no ha guardado que dejas de seguir a %1.</translation>
    </message>
</context>
<context>
    <name>FollowCommand</name>
    <message>
        <source>Follow a person on SoundCloud (soundcloud:users:123).</source>
        <translation>Seguir a una persona en SoundCloud (soundcloud:users:123).</translation>
    </message>
    <message>
        <source>Stop following a person on SoundCloud.</source>
        <translation>Dejar de seguir a una persona en SoundCloud.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user urn (soundcloud:users:123).</source>
        <translation>«%1» no es una urn de usuario (soundcloud:users:123).</translation>
    </message>
    <message>
        <source>You follow %1.</source>
        <translation>Sigues a %1.</translation>
    </message>
    <message>
        <source>You no longer follow %1.</source>
        <translation>Ya no sigues a %1.</translation>
    </message>
</context>
<context>
    <name>FollowingCommand</name>
    <message>
        <source>List the people a local user follows on SoundCloud.</source>
        <translation>Listar las personas a las que sigue un usuario local en SoundCloud.</translation>
    </message>
    <message>
        <source>The table has a username, name, city, tracks and followers column.</source>
        <translation>La tabla tiene las columnas nombre de usuario, nombre, ciudad, pistas y seguidores.</translation>
    </message>
</context>
<context>
    <name>HttpReply</name>
    <message>
        <source>SoundCloud did not answer in time. Check your connection and try again.</source>
        <translation>SoundCloud no respondió a tiempo. Comprueba tu conexión e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>A secure connection to SoundCloud could not be made. Nothing was sent; check your network, clock and proxy.</source>
        <translation>No se pudo establecer una conexión segura con SoundCloud. No se envió nada; comprueba tu red, el reloj y el proxy.</translation>
    </message>
    <message>
        <source>SoundCloud is unreachable, try again.</source>
        <translation>No se puede acceder a SoundCloud; inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>LibraryPlace</name>
    <message>
        <source>Your playlists</source>
        <translation>Tus listas de reproducción</translation>
    </message>
    <message>
        <source>Liked playlists</source>
        <translation>Listas de reproducción que te gustan</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Búsqueda: %1</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Pistas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Playlists</source>
        <translation>Listas de reproducción</translation>
    </message>
    <message>
        <source>Related to “%1”</source>
        <translation>Relacionadas con «%1»</translation>
    </message>
</context>
<context>
    <name>LikeClient</name>
    <message>
        <source>This is not a SoundCloud track.</source>
        <translation>Esto no es una pista de SoundCloud.</translation>
    </message>
    <message>
        <source>This is not a SoundCloud playlist.</source>
        <translation>Esto no es una lista de reproducción de SoundCloud.</translation>
    </message>
    <message>
        <source>SoundCloud no longer has this track, so the like was not changed.</source>
        <translation>SoundCloud ya no tiene esta pista, así que el «Me gusta» no se cambió.</translation>
    </message>
    <message>
        <source>SoundCloud no longer has this playlist, so the like was not changed.</source>
        <translation>SoundCloud ya no tiene esta lista de reproducción, así que el «Me gusta» no se cambió.</translation>
    </message>
    <message>
        <source>SoundCloud did not save your like.</source>
        <translation>SoundCloud no guardó tu «Me gusta».</translation>
    </message>
    <message>
        <source>SoundCloud did not remove your like.</source>
        <translation>SoundCloud no quitó tu «Me gusta».</translation>
    </message>
</context>
<context>
    <name>ListPrinter</name>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>ARTIST</source>
        <translation>ARTISTA</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURACIÓN</translation>
    </message>
    <message>
        <source>ADDED</source>
        <translation>AÑADIDA</translation>
    </message>
    <message>
        <source>GENRE</source>
        <translation>GÉNERO</translation>
    </message>
    <message>
        <source>ACCESS</source>
        <translation>ACCESO</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>vista previa</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqueada</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s).</source>
        <translation>
            <numerusform>%Ln pista.</numerusform>
            <numerusform>%Ln pistas.</numerusform>
        </translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>CREADOR</translation>
    </message>
    <message>
        <source>TRACKS</source>
        <translation>PISTAS</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message numerus="yes">
        <source>%n playlist(s).</source>
        <translation>
            <numerusform>%Ln lista de reproducción.</numerusform>
            <numerusform>%Ln listas de reproducción.</numerusform>
        </translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>NOMBRE DE USUARIO</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>CITY</source>
        <translation>CIUDAD</translation>
    </message>
    <message>
        <source>FOLLOWERS</source>
        <translation>SEGUIDORES</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s).</source>
        <translation>
            <numerusform>%Ln usuario.</numerusform>
            <numerusform>%Ln usuarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>--json prints an array with one object per track: urn, title, artist, artist_urn, duration_ms, genre, access (playable, preview or blocked), permalink_url, artwork_url, created_at, added_at (when it reached the list, if known), playback_count, likes_count and liked.</source>
        <translation>--json imprime un array con un objeto por pista: urn, title, artist, artist_urn, duration_ms, genre, access (playable, preview o blocked), permalink_url, artwork_url, created_at, added_at (cuándo llegó a la lista, si se sabe), playback_count, likes_count y liked.</translation>
    </message>
    <message>
        <source>--json prints an array with one object per playlist: urn, title, owner, owner_urn, track_count, duration_ms, playlist_type, permalink_url, artwork_url and created_at.</source>
        <translation>--json imprime un array con un objeto por lista de reproducción: urn, title, owner, owner_urn, track_count, duration_ms, playlist_type, permalink_url, artwork_url y created_at.</translation>
    </message>
    <message>
        <source>--json prints an array with one object per user: urn, username, full_name, city, track_count, playlist_count, followers_count, permalink_url and avatar_url.</source>
        <translation>--json imprime un array con un objeto por usuario: urn, username, full_name, city, track_count, playlist_count, followers_count, permalink_url y avatar_url.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Log in to Waveshelf</source>
        <translation>Iniciar sesión en Waveshelf</translation>
    </message>
    <message>
        <source>Each person on this computer has their own Waveshelf account and their own SoundCloud connection.</source>
        <translation>Cada persona de este ordenador tiene su propia cuenta de Waveshelf y su propia conexión con SoundCloud.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repetir contraseña:</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repetir contraseña</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>Comprobando tu contraseña…</translation>
    </message>
    <message>
        <source>&amp;Back to log in</source>
        <translation>&amp;Volver al inicio de sesión</translation>
    </message>
    <message>
        <source>Back to log in</source>
        <translation>Volver al inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>Cr&amp;ear cuenta</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Crear cuenta</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This copy of Waveshelf is damaged: a database upgrade is missing or broken.</source>
        <translation>Esta copia de Waveshelf está dañada: falta una actualización de la base de datos o está rota.</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password could not be processed. Close some programs and try again.</source>
        <translation>No se pudo procesar la contraseña. Cierra algunos programas e inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>PasswordReader</name>
    <message>
        <source>There is no terminal to ask for the password. Give it on standard input with --password-stdin.</source>
        <translation>No hay ningún terminal para pedir la contraseña. Pásala por la entrada estándar con --password-stdin.</translation>
    </message>
    <message>
        <source>No password was entered.</source>
        <translation>No se introdujo ninguna contraseña.</translation>
    </message>
    <message>
        <source>Standard input ended before the password; give each password on its own line.</source>
        <translation>La entrada estándar terminó antes de la contraseña; pon cada contraseña en su propia línea.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Nothing was changed.</source>
        <translation>Las dos contraseñas no coinciden. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>PlaybackErrors</name>
    <message>
        <source>“%1” is blocked on SoundCloud where you are, so it cannot be played.</source>
        <translation>«%1» está bloqueada en SoundCloud donde estás, así que no se puede reproducir.</translation>
    </message>
    <message>
        <source>Connect to SoundCloud first: this account is not connected.</source>
        <translation>Conéctate primero a SoundCloud: esta cuenta no está conectada.</translation>
    </message>
</context>
<context>
    <name>PlayerState</name>
    <message>
        <source>The saved queue could not be read; it starts empty.</source>
        <translation>No se pudo leer la cola guardada; empieza vacía.</translation>
    </message>
</context>
<context>
    <name>PlaylistClient</name>
    <message>
        <source>This is not a SoundCloud playlist.</source>
        <translation>Esto no es una lista de reproducción de SoundCloud.</translation>
    </message>
    <message>
        <source>SoundCloud sent an answer Waveshelf cannot read.</source>
        <translation>SoundCloud envió una respuesta que Waveshelf no puede leer.</translation>
    </message>
</context>
<context>
    <name>PlaylistEditCommand</name>
    <message>
        <source>Make a private playlist, with these tracks if given.</source>
        <translation>Crear una lista de reproducción privada, con estas pistas si se indican.</translation>
    </message>
    <message>
        <source>Add tracks at the end of one of the user&apos;s playlists.</source>
        <translation>Añadir pistas al final de una de las listas de reproducción del usuario.</translation>
    </message>
    <message>
        <source>Take tracks out of one of the user&apos;s playlists.</source>
        <translation>Quitar pistas de una de las listas de reproducción del usuario.</translation>
    </message>
    <message>
        <source>Give one of the user&apos;s playlists a new title.</source>
        <translation>Dar un título nuevo a una de las listas de reproducción del usuario.</translation>
    </message>
    <message>
        <source>Delete one of the user&apos;s playlists.</source>
        <translation>Eliminar una de las listas de reproducción del usuario.</translation>
    </message>
    <message>
        <source>Each change reads the playlist from SoundCloud first and changes only what was asked; a playlist with tracks SoundCloud does not list, or one that is not the user&apos;s, is left as it is. Tracks are named by urn (soundcloud:tracks:123), playlists too (soundcloud:playlists:123). With --json, the playlist afterwards is printed as JSON.</source>
        <translation>Cada cambio lee primero la lista de reproducción de SoundCloud y cambia solo lo que se pidió; una lista de reproducción con pistas que SoundCloud no muestra, o que no es del usuario, se deja como está. Las pistas se indican por su urn (soundcloud:tracks:123), y las listas de reproducción también (soundcloud:playlists:123). Con --json, la lista de reproducción resultante se imprime como JSON.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a playlist urn (soundcloud:playlists:123).</source>
        <translation>«%1» no es una urn de lista de reproducción (soundcloud:playlists:123).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a track urn (soundcloud:tracks:123).</source>
        <translation>«%1» no es una urn de pista (soundcloud:tracks:123).</translation>
    </message>
    <message numerus="yes">
        <source>Deleted “%1” (%n track(s)).</source>
        <translation>
            <numerusform>Se eliminó «%1» (%Ln pista).</numerusform>
            <numerusform>Se eliminó «%1» (%Ln pistas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created “%1” (%2) with %n track(s).</source>
        <translation>
            <numerusform>Se creó «%1» (%2) con %Ln pista.</numerusform>
            <numerusform>Se creó «%1» (%2) con %Ln pistas.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” holds none of these tracks.</source>
        <translation>«%1» no contiene ninguna de estas pistas.</translation>
    </message>
    <message numerus="yes">
        <source>Took %n track(s) out of “%1”.</source>
        <translation>
            <numerusform>Se quitó %Ln pista de «%1».</numerusform>
            <numerusform>Se quitaron %Ln pistas de «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed the playlist to “%1”.</source>
        <translation>Se cambió el nombre de la lista de reproducción a «%1».</translation>
    </message>
</context>
<context>
    <name>PlaylistEditor</name>
    <message>
        <source>A playlist needs a title.</source>
        <translation>Una lista de reproducción necesita un título.</translation>
    </message>
    <message numerus="yes">
        <source>A SoundCloud playlist holds at most %n tracks; this change would make it longer.</source>
        <translation>
            <numerusform>Una lista de reproducción de SoundCloud admite como máximo %Ln pista; este cambio la haría más larga.</numerusform>
            <numerusform>Una lista de reproducción de SoundCloud admite como máximo %Ln pistas; este cambio la haría más larga.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” belongs to %2; only they can change it.</source>
        <translation>«%1» pertenece a %2; solo su creador puede cambiarla.</translation>
    </message>
    <message>
        <source>SoundCloud shows Waveshelf %1 of the %2 tracks in “%3” (the others may be private or removed), so Waveshelf leaves it as it is: a change would drop the tracks it cannot see.</source>
        <translation>SoundCloud muestra a Waveshelf %1 de las %2 pistas de «%3» (puede que las demás sean privadas o se hayan eliminado), así que Waveshelf la deja como está: un cambio quitaría las pistas que no puede ver.</translation>
    </message>
    <message>
        <source>This is not a SoundCloud track.</source>
        <translation>Esto no es una pista de SoundCloud.</translation>
    </message>
    <message>
        <source>“%1” changed on SoundCloud since Waveshelf showed it, so nothing was changed. Reload it and try again.</source>
        <translation>«%1» cambió en SoundCloud desde que Waveshelf la mostró, así que no se cambió nada. Vuelve a cargarla e inténtalo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n track(s) to “%1”.</source>
        <translation>
            <numerusform>Se añadió %Ln pista a «%1».</numerusform>
            <numerusform>Se añadieron %Ln pistas a «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n was in it already.</source>
        <translation>
            <numerusform>%Ln ya estaba incluida.</numerusform>
            <numerusform>%Ln ya estaban incluidas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaylistsCommand</name>
    <message>
        <source>List a local user&apos;s playlists and albums, or the ones they liked.</source>
        <translation>Listar las listas de reproducción y los álbumes de un usuario local, o los que marcó con «Me gusta».</translation>
    </message>
    <message>
        <source>The table has a title, owner, tracks, duration and type column. &quot;playlist URN&quot; lists one playlist&apos;s tracks.</source>
        <translation>La tabla tiene las columnas título, creador, pistas, duración y tipo. «playlist URN» lista las pistas de una lista de reproducción.</translation>
    </message>
    <message>
        <source>The playlists the user liked instead.</source>
        <translation>En su lugar, las listas de reproducción que el usuario marcó con «Me gusta».</translation>
    </message>
</context>
<context>
    <name>PrivatePaths</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Could not create the file %1.</source>
        <translation>No se pudo crear el archivo %1.</translation>
    </message>
    <message>
        <source>Could not make the folder %1 private to you.</source>
        <translation>No se pudo hacer que la carpeta %1 sea solo tuya.</translation>
    </message>
    <message>
        <source>Could not make the file %1 private to you.</source>
        <translation>No se pudo hacer que el archivo %1 sea solo tuyo.</translation>
    </message>
</context>
<context>
    <name>ProcessHardening</name>
    <message>
        <source>Waveshelf could not protect its memory from core dumps.</source>
        <translation>Waveshelf no pudo proteger su memoria de los volcados de memoria (core dumps).</translation>
    </message>
</context>
<context>
    <name>RedirectParser</name>
    <message>
        <source>The answer from SoundCloud did not match this connection attempt. Nothing was stored; please try again.</source>
        <translation>La respuesta de SoundCloud no correspondía a este intento de conexión. No se guardó nada; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>SoundCloud sent an answer Waveshelf could not use. Nothing was stored; please try again.</source>
        <translation>SoundCloud envió una respuesta que Waveshelf no pudo usar. No se guardó nada; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>You declined the connection on SoundCloud.</source>
        <translation>Rechazaste la conexión en SoundCloud.</translation>
    </message>
    <message>
        <source>You declined the connection on SoundCloud (SoundCloud said: %1).</source>
        <translation>Rechazaste la conexión en SoundCloud (SoundCloud dijo: %1).</translation>
    </message>
    <message>
        <source>SoundCloud refused the connection request. Please try again later.</source>
        <translation>SoundCloud rechazó la solicitud de conexión. Inténtalo más tarde.</translation>
    </message>
</context>
<context>
    <name>RefreshLease</name>
    <message>
        <source>This account is not connected to SoundCloud.</source>
        <translation>Esta cuenta no está conectada a SoundCloud.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Search SoundCloud for tracks (or people, or playlists).</source>
        <translation>Buscar pistas en SoundCloud (o personas, o listas de reproducción).</translation>
    </message>
    <message>
        <source>QUERY is one argument: quote it when it has spaces. Tracks by default; --users or --playlists search those instead, with the tables and JSON of &quot;following&quot; and &quot;playlists&quot;. Searching everything is long: --limit keeps the first results.</source>
        <translation>QUERY es un solo argumento: ponlo entre comillas si tiene espacios. Por defecto busca pistas; --users o --playlists buscan personas o listas de reproducción en su lugar, con las tablas y el JSON de «following» y «playlists». Recorrerlo todo lleva mucho tiempo: --limit se queda con los primeros resultados.</translation>
    </message>
    <message>
        <source>Search for people instead of tracks.</source>
        <translation>Buscar personas en lugar de pistas.</translation>
    </message>
    <message>
        <source>Search for playlists instead of tracks.</source>
        <translation>Buscar listas de reproducción en lugar de pistas.</translation>
    </message>
    <message>
        <source>Search for --users or --playlists, not both.</source>
        <translation>Busca con --users o con --playlists, no con las dos.</translation>
    </message>
    <message>
        <source>Say what to search for.</source>
        <translation>Indica qué quieres buscar.</translation>
    </message>
</context>
<context>
    <name>SessionOpener</name>
    <message>
        <source>Waveshelf password for %1: </source>
        <translation>Contraseña de Waveshelf para %1: </translation>
    </message>
    <message>
        <source>%1 is not connected to SoundCloud. Connect with: %2 connect --browser --user %1</source>
        <translation>%1 no está conectado a SoundCloud. Para conectarlo: %2 connect --browser --user %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Waveshelf talks to SoundCloud as the SoundCloud app you registered. Enter that app&apos;s client ID and redirect URI. Change the addresses only to use a test server.</source>
        <translation>Waveshelf se comunica con SoundCloud como la aplicación de SoundCloud que registraste. Introduce el ID de cliente y la URI de redirección de esa aplicación. Cambia las direcciones solo para usar un servidor de pruebas.</translation>
    </message>
    <message>
        <source>About the settings file</source>
        <translation>Acerca del archivo de configuración</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID de cliente:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>URI de &amp;redirección:</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirección</translation>
    </message>
    <message>
        <source>&amp;Authorize URL:</source>
        <translation>URL de &amp;autorización:</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>URL de autorización</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>URL del &amp;token:</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL del token</translation>
    </message>
    <message>
        <source>A&amp;PI URL:</source>
        <translation>URL de la A&amp;PI:</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL de la API</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>Carpeta de &amp;datos:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Restore &amp;SoundCloud defaults</source>
        <translation>Restablecer los valores de &amp;SoundCloud</translation>
    </message>
    <message>
        <source>Restore SoundCloud defaults</source>
        <translation>Restablecer los valores de SoundCloud</translation>
    </message>
    <message>
        <source>Data&amp;base URL:</source>
        <translation>URL de la &amp;base de datos:</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>URL de la base de datos</translation>
    </message>
    <message>
        <source>Empty: the database in the data folder</source>
        <translation>Vacía: la base de datos de la carpeta de datos</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de la configuración</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
</context>
<context>
    <name>SignInPluginLoader</name>
    <message>
        <source>Waveshelf&apos;s sign-in window could not be loaded (its browser engine part is missing or broken: a packaging problem). Sign in with your web browser instead.</source>
        <translation>No se pudo cargar la ventana de inicio de sesión de Waveshelf (falta su motor de navegador o está roto: un problema del paquete). Inicia sesión con tu navegador web en su lugar.</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The database is busy (another Waveshelf window or the command-line tool may be using it). Nothing was changed; try again in a moment.</source>
        <translation>La base de datos está ocupada (puede que otra ventana de Waveshelf o la herramienta de línea de comandos la esté usando). No se cambió nada; inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The disk is full, so Waveshelf could not save. Nothing was changed; free some space and try again.</source>
        <translation>El disco está lleno, así que Waveshelf no pudo guardar. No se cambió nada; libera espacio e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The database cannot be written (it is read-only). Nothing was changed.</source>
        <translation>No se puede escribir en la base de datos (es de solo lectura). No se cambió nada.</translation>
    </message>
    <message>
        <source>The database file is damaged. Waveshelf did not change it; restore it from a backup or move it aside.</source>
        <translation>El archivo de la base de datos está dañado. Waveshelf no lo modificó; restáuralo desde una copia de seguridad o muévelo a otro sitio.</translation>
    </message>
    <message>
        <source>The database could not be read or written.</source>
        <translation>No se pudo leer ni escribir la base de datos.</translation>
    </message>
    <message>
        <source>Waveshelf lost its connection to the database server (it may have been restarted, or the network is down). Nothing was lost; Waveshelf connects again on its next try.</source>
        <translation>Waveshelf perdió la conexión con el servidor de base de datos (puede que se haya reiniciado o que la red no funcione). No se perdió nada; Waveshelf vuelve a conectarse en el siguiente intento.</translation>
    </message>
</context>
<context>
    <name>StreamUrls</name>
    <message>
        <source>SoundCloud&apos;s answer about this track&apos;s streams could not be read.</source>
        <translation>No se pudo leer la respuesta de SoundCloud sobre los streams de esta pista.</translation>
    </message>
</context>
<context>
    <name>TokenResponseParser</name>
    <message>
        <source>SoundCloud no longer accepts this connection. Please reconnect.</source>
        <translation>SoundCloud ya no acepta esta conexión. Vuelve a conectarte.</translation>
    </message>
    <message>
        <source>SoundCloud is busy right now; try again in a moment.</source>
        <translation>SoundCloud está ocupado ahora mismo; inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>SoundCloud is unreachable, try again.</source>
        <translation>No se puede acceder a SoundCloud; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>SoundCloud sent an answer Waveshelf could not understand. Please try again later.</source>
        <translation>SoundCloud envió una respuesta que Waveshelf no entendió. Inténtalo más tarde.</translation>
    </message>
</context>
<context>
    <name>TokenSession</name>
    <message>
        <source>This account is not connected to SoundCloud.</source>
        <translation>Esta cuenta no está conectada a SoundCloud.</translation>
    </message>
    <message>
        <source>Waveshelf was closed while it renewed your SoundCloud sign-in, so the sign-in may no longer work. Connect to SoundCloud again to go on; nothing else was lost.</source>
        <translation>Waveshelf se cerró mientras renovaba tu inicio de sesión de SoundCloud, así que puede que ya no funcione. Vuelve a conectar con SoundCloud para continuar; no se perdió nada más.</translation>
    </message>
    <message>
        <source>SoundCloud no longer accepts this connection. Please reconnect.</source>
        <translation>SoundCloud ya no acepta esta conexión. Vuelve a conectarte.</translation>
    </message>
    <message>
        <source>Waveshelf cannot save your SoundCloud connection right now (is the disk full?). It keeps trying; do not quit yet.</source>
        <translation>Waveshelf no puede guardar tu conexión con SoundCloud ahora mismo (¿está lleno el disco?). Sigue intentándolo; no salgas todavía.</translation>
    </message>
</context>
<context>
    <name>TrackListCommand</name>
    <message>
        <source>The table has a title, artist, duration, added (when it reached your stream) and access column.</source>
        <translation>La tabla tiene las columnas título, artista, duración, añadida (cuándo llegó la pista a tu stream) y acceso.</translation>
    </message>
    <message>
        <source>The table has a title, artist, duration, genre and access column (preview or blocked; empty when playable).</source>
        <translation>La tabla tiene las columnas título, artista, duración, género y acceso (vista previa o bloqueada; vacía si se puede reproducir).</translation>
    </message>
    <message>
        <source>URN is a playlist&apos;s, as &quot;playlists --json&quot; shows it: soundcloud:playlists:123.</source>
        <translation>URN es la de una lista de reproducción, tal como la muestra «playlists --json»: soundcloud:playlists:123.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a playlist&apos;s URN; they look like soundcloud:playlists:123.</source>
        <translation>«%1» no es la URN de una lista de reproducción; tienen la forma soundcloud:playlists:123.</translation>
    </message>
    <message>
        <source>URN is a track&apos;s, as &quot;--json&quot; lists show it: soundcloud:tracks:123.</source>
        <translation>URN es la de una pista, como la muestran las listas con «--json»: soundcloud:tracks:123.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a track&apos;s URN; they look like soundcloud:tracks:123.</source>
        <translation>«%1» no es la URN de una pista; tienen este aspecto: soundcloud:tracks:123.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>This username is already taken.</source>
        <translation>Este nombre de usuario ya está en uso.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Esta cuenta ya no existe.</translation>
    </message>
    <message>
        <source>Waveshelf&apos;s key for your SoundCloud connection is missing or damaged, so the connection cannot be opened. Nothing was changed or deleted: restore the database from a backup, or ask for help.</source>
        <translation>Falta la clave de Waveshelf para tu conexión con SoundCloud o está dañada, así que no se puede abrir la conexión. No se cambió ni se borró nada: restaura la base de datos desde una copia de seguridad o pide ayuda.</translation>
    </message>
    <message>
        <source>This account was changed elsewhere meanwhile. Please try again.</source>
        <translation>Esta cuenta se modificó en otro lugar mientras tanto. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The password was changed elsewhere meanwhile. Nothing was changed.</source>
        <translation>La contraseña se cambió en otro lugar mientras tanto. Aquí no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>UsersAddCommand</name>
    <message>
        <source>Create a local user (asks for a new password).</source>
        <translation>Crear un usuario local (pide una contraseña nueva).</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters. At a terminal it is asked twice; with --password-stdin it is the first line of standard input.</source>
        <translation>
            <numerusform>La contraseña necesita al menos %Ln carácter. En un terminal se pide dos veces; con --password-stdin es la primera línea de la entrada estándar.</numerusform>
            <numerusform>La contraseña necesita al menos %Ln caracteres. En un terminal se pide dos veces; con --password-stdin es la primera línea de la entrada estándar.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Waveshelf password for %1: </source>
        <translation>Nueva contraseña de Waveshelf para %1: </translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Repite la contraseña: </translation>
    </message>
    <message>
        <source>Created the local user %1.</source>
        <translation>Se creó el usuario local %1.</translation>
    </message>
</context>
<context>
    <name>UsersListCommand</name>
    <message>
        <source>List the local users and the SoundCloud account each connected.</source>
        <translation>Listar los usuarios locales y la cuenta de SoundCloud que ha conectado cada uno.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <source>SOUNDCLOUD</source>
        <translation>SOUNDCLOUD</translation>
    </message>
    <message>
        <source>(not connected)</source>
        <translation>(sin conectar)</translation>
    </message>
    <message>
        <source>There are no local users yet. Add one with: %1 users add NAME</source>
        <translation>Todavía no hay usuarios locales. Añade uno con: %1 users add NAME</translation>
    </message>
    <message>
        <source>%1 (connected elsewhere: %2)</source>
        <translation>%1 (conectado en otro lugar: %2)</translation>
    </message>
</context>
<context>
    <name>UsersPasswdCommand</name>
    <message>
        <source>Asks for the current password, then the new one twice. With --password-stdin, standard input holds the current password on its first line and the new one on the second.
A forgotten password cannot be recovered: nobody can read that user&apos;s saved SoundCloud connection without it. Create a new user and connect again instead.</source>
        <translation>Pide la contraseña actual y después dos veces la nueva. Con --password-stdin, la entrada estándar lleva la contraseña actual en su primera línea y la nueva en la segunda.
Una contraseña olvidada no se puede recuperar: sin ella nadie puede leer la conexión con SoundCloud guardada de ese usuario. En su lugar, crea un usuario nuevo y vuelve a conectar.</translation>
    </message>
    <message>
        <source>Current Waveshelf password for %1: </source>
        <translation>Contraseña actual de Waveshelf para %1: </translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nueva contraseña: </translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>Repite la nueva contraseña: </translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>Se cambió la contraseña de %1.</translation>
    </message>
    <message>
        <source>Change a local user&apos;s password; the connection is kept and its sign-in renewed.</source>
        <translation>Cambiar la contraseña de un usuario local; la conexión se conserva y su inicio de sesión se renueva.</translation>
    </message>
    <message>
        <source>Renewed the SoundCloud sign-in: the one from before the change no longer works.</source>
        <translation>Inicio de sesión en SoundCloud renovado: el de antes del cambio ya no funciona.</translation>
    </message>
    <message>
        <source>The SoundCloud sign-in could not be renewed now; Waveshelf renews it the next time it reaches SoundCloud.</source>
        <translation>No se pudo renovar ahora el inicio de sesión en SoundCloud; Waveshelf lo renovará la próxima vez que llegue a SoundCloud.</translation>
    </message>
</context>
<context>
    <name>UsersRemoveCommand</name>
    <message>
        <source>Delete a local user and their SoundCloud connection.</source>
        <translation>Eliminar un usuario local y su conexión con SoundCloud.</translation>
    </message>
    <message>
        <source>Nothing is deleted on SoundCloud. The user&apos;s browser profile folder goes too.</source>
        <translation>No se borra nada en SoundCloud. La carpeta de perfil del navegador del usuario también se elimina.</translation>
    </message>
    <message>
        <source>Waveshelf password for %1: </source>
        <translation>Contraseña de Waveshelf para %1: </translation>
    </message>
    <message>
        <source>Removed the local user %1.</source>
        <translation>Se eliminó el usuario local %1.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Your saved data could not be decrypted. It may be damaged.</source>
        <translation>No se pudieron descifrar tus datos guardados. Puede que estén dañados.</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>La contraseña no es correcta.</translation>
    </message>
</context>
<context>
    <name>WhoamiCommand</name>
    <message>
        <source>Show the SoundCloud account a local user is connected to.</source>
        <translation>Mostrar la cuenta de SoundCloud a la que está conectado un usuario local.</translation>
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
        <translation>Una aplicación de escritorio nativa para SoundCloud.</translation>
    </message>
    <message>
        <source>Keep the database, settings and browser profiles in &lt;dir&gt;.</source>
        <translation>Guardar la base de datos, la configuración y los perfiles del navegador en &lt;carpeta&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Give --help or --version on their own.</source>
        <translation>Usa --help o --version sin otras opciones.</translation>
    </message>
    <message>
        <source>Waveshelf cannot start</source>
        <translation>Waveshelf no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>waveshelf::AccountButton</name>
    <message>
        <source>Your SoundCloud connection</source>
        <translation>Tu conexión con SoundCloud</translation>
    </message>
    <message>
        <source>SoundCloud: %1 (reconnect needed)</source>
        <translation>SoundCloud: %1 (hay que volver a conectar)</translation>
    </message>
    <message>
        <source>SoundCloud: %1 (offline)</source>
        <translation>SoundCloud: %1 (sin conexión)</translation>
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
        <translation>Introduce un nombre de usuario.</translation>
    </message>
    <message numerus="yes">
        <source>A username can have at most %n characters.</source>
        <translation>
            <numerusform>Un nombre de usuario puede tener como máximo %Ln carácter.</numerusform>
            <numerusform>Un nombre de usuario puede tener como máximo %Ln caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>A username cannot contain control characters or invisible formatting characters.</source>
        <translation>Un nombre de usuario no puede contener caracteres de control ni caracteres de formato invisibles.</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Una contraseña necesita al menos %Ln carácter.</numerusform>
            <numerusform>Una contraseña necesita al menos %Ln caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please enter your username and password.</source>
        <translation>Introduce tu nombre de usuario y tu contraseña.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Demasiados intentos fallidos. Espera %Ln segundo y vuelve a intentarlo.</numerusform>
            <numerusform>Demasiados intentos fallidos. Espera %Ln segundos y vuelve a intentarlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waveshelf::AccountSettingsPage</name>
    <message>
        <source>Log in to change your password or your SoundCloud connection.</source>
        <translation>Inicia sesión para cambiar tu contraseña o tu conexión con SoundCloud.</translation>
    </message>
    <message>
        <source>Logged in to Waveshelf as %1.</source>
        <translation>Sesión iniciada en Waveshelf como %1.</translation>
    </message>
</context>
<context>
    <name>waveshelf::AddressBar</name>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>The site this sign-in page comes from</source>
        <translation>El sitio del que procede esta página de inicio de sesión</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Seguridad de la conexión</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progreso de carga</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Conexión segura</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Sin cifrar</translation>
    </message>
</context>
<context>
    <name>waveshelf::BrowserWaitView</name>
    <message>
        <source>Open the page again</source>
        <translation>Volver a abrir la página</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Waiting for you to approve Waveshelf in your web browser…</source>
        <translation>Esperando a que autorices a Waveshelf en tu navegador web…</translation>
    </message>
    <message>
        <source>Cancel signing in with the web browser</source>
        <translation>Cancelar el inicio de sesión con el navegador web</translation>
    </message>
    <message>
        <source>Your web browser shows SoundCloud&apos;s sign-in page. Approve Waveshelf there, then come back here. Waveshelf listens on this computer only (port %1) for SoundCloud&apos;s answer.</source>
        <translation>Tu navegador web muestra la página de inicio de sesión de SoundCloud. Autoriza allí a Waveshelf y vuelve aquí. Waveshelf espera la respuesta de SoundCloud solo en este ordenador (puerto %1).</translation>
    </message>
    <message>
        <source>Finishing the connection with SoundCloud…</source>
        <translation>Terminando la conexión con SoundCloud…</translation>
    </message>
</context>
<context>
    <name>waveshelf::ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Repetir contraseña nueva</translation>
    </message>
    <message>
        <source>Changing your password</source>
        <translation>Cambiando tu contraseña</translation>
    </message>
    <message>
        <source>The new passwords do not match.</source>
        <translation>Las contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <source>You stay connected to SoundCloud: Waveshelf renews your SoundCloud sign-in and locks it with the new password, so the old password opens nothing that still works.</source>
        <translation>Sigues conectado a SoundCloud: Waveshelf renueva tu inicio de sesión en SoundCloud y lo bloquea con la nueva contraseña, de modo que la contraseña anterior ya no abre nada que siga funcionando.</translation>
    </message>
    <message>
        <source>Your password was changed, and your SoundCloud sign-in renewed.</source>
        <translation>Tu contraseña se ha cambiado y tu inicio de sesión en SoundCloud se ha renovado.</translation>
    </message>
    <message>
        <source>Your password was changed. Your SoundCloud sign-in is renewed the next time Waveshelf reaches SoundCloud.</source>
        <translation>Tu contraseña se ha cambiado. Tu inicio de sesión en SoundCloud se renovará la próxima vez que Waveshelf llegue a SoundCloud.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Se cambió tu contraseña.</translation>
    </message>
</context>
<context>
    <name>waveshelf::CollectionPane</name>
    <message>
        <source>Choose a person to see their tracks.</source>
        <translation>Elige una persona para ver sus pistas.</translation>
    </message>
    <message>
        <source>Choose a playlist to see its tracks.</source>
        <translation>Elige una lista de reproducción para ver sus pistas.</translation>
    </message>
    <message>
        <source>Tracks by %1</source>
        <translation>Pistas de %1</translation>
    </message>
    <message>
        <source>Tracks in %1</source>
        <translation>Pistas en %1</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Delete playlist…</source>
        <translation>Eliminar lista de reproducción…</translation>
    </message>
    <message>
        <source>Playlist actions</source>
        <translation>Acciones de la lista de reproducción</translation>
    </message>
</context>
<context>
    <name>waveshelf::ConnectController</name>
    <message>
        <source>No SoundCloud app is set up yet. Enter your app&apos;s client ID in Waveshelf&apos;s File → Settings (or set WAVESHELF_CLIENT_ID).</source>
        <translation>Todavía no hay ninguna aplicación de SoundCloud configurada. Introduce el ID de cliente de tu aplicación en Archivo → Configuración de Waveshelf (o define WAVESHELF_CLIENT_ID).</translation>
    </message>
    <message>
        <source>Waveshelf&apos;s own sign-in window is not available here. Sign in with your web browser instead.</source>
        <translation>La ventana de inicio de sesión propia de Waveshelf no está disponible aquí. Inicia sesión con tu navegador web en su lugar.</translation>
    </message>
    <message>
        <source>Waveshelf could not open your web browser. Check that a default web browser is set up, or connect in Waveshelf&apos;s own window instead.</source>
        <translation>Waveshelf no pudo abrir tu navegador web. Comprueba que hay un navegador web predeterminado configurado o conéctate en la ventana propia de Waveshelf.</translation>
    </message>
    <message>
        <source>Waveshelf could not open your web browser. Check that a default web browser is set up.</source>
        <translation>Waveshelf no pudo abrir tu navegador web. Comprueba que hay un navegador web predeterminado configurado.</translation>
    </message>
    <message>
        <source>Connecting to SoundCloud was cancelled. Nothing was changed.</source>
        <translation>Se canceló la conexión con SoundCloud. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>waveshelf::ConnectPopup</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Having trouble? Sign in with your web browser instead</source>
        <translation>¿Algún problema? Inicia sesión con tu navegador web</translation>
    </message>
    <message>
        <source>Connect to SoundCloud</source>
        <translation>Conectar a SoundCloud</translation>
    </message>
    <message>
        <source>SoundCloud sign-in page</source>
        <translation>Página de inicio de sesión de SoundCloud</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Signed in. Finishing…</source>
        <translation>Sesión iniciada. Terminando…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The page reported an error (HTTP %1).</source>
        <translation>La página informó de un error (HTTP %1).</translation>
    </message>
    <message>
        <source>The connection to %1 is not secure: its certificate was refused. The sign-in page was not opened.</source>
        <translation>La conexión con %1 no es segura: se rechazó su certificado. No se abrió la página de inicio de sesión.</translation>
    </message>
    <message>
        <source>%1 could not be found. Check your internet connection, then try again.</source>
        <translation>No se encontró %1. Comprueba tu conexión a Internet e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check your internet connection, then try again.</source>
        <translation>No se pudo acceder a %1. Comprueba tu conexión a Internet e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The sign-in page could not be loaded.</source>
        <translation>No se pudo cargar la página de inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>waveshelf::ConnectPromptView</name>
    <message>
        <source>Connect to SoundCloud</source>
        <translation>Conectar a SoundCloud</translation>
    </message>
    <message>
        <source>Sign in with your web browser instead</source>
        <translation>Iniciar sesión con el navegador web en su lugar</translation>
    </message>
    <message>
        <source>Connect Waveshelf to your SoundCloud account</source>
        <translation>Conecta Waveshelf a tu cuenta de SoundCloud</translation>
    </message>
    <message>
        <source>Waveshelf opens SoundCloud&apos;s sign-in page in a small window. Approve Waveshelf there once; after that your library is here whenever you log in.</source>
        <translation>Waveshelf abre la página de inicio de sesión de SoundCloud en una ventana pequeña. Autoriza allí a Waveshelf una vez; después tendrás tu biblioteca aquí cada vez que inicies sesión.</translation>
    </message>
    <message>
        <source>Waveshelf opens SoundCloud&apos;s sign-in page in your web browser. Approve Waveshelf there once; after that your library is here whenever you log in.</source>
        <translation>Waveshelf abre la página de inicio de sesión de SoundCloud en tu navegador web. Autoriza allí a Waveshelf una vez; después tendrás tu biblioteca aquí cada vez que inicies sesión.</translation>
    </message>
    <message>
        <source>Sign in with your web browser</source>
        <translation>Iniciar sesión con tu navegador web</translation>
    </message>
</context>
<context>
    <name>waveshelf::FilterBox</name>
    <message>
        <source>Filter by title, artist or genre</source>
        <translation>Filtrar por título, artista o género</translation>
    </message>
</context>
<context>
    <name>waveshelf::FirstRunPage</name>
    <message>
        <source>Welcome to Waveshelf</source>
        <translation>Te damos la bienvenida a Waveshelf</translation>
    </message>
    <message>
        <source>To sign in to SoundCloud, Waveshelf needs a SoundCloud app: a name and a client ID that SoundCloud gives to programs. Choose how to start. This is set once for everyone who uses Waveshelf on this computer; each person then logs in with their own Waveshelf account.</source>
        <translation>Para iniciar sesión en SoundCloud, Waveshelf necesita una aplicación de SoundCloud: un nombre y un ID de cliente que SoundCloud da a los programas. Elige cómo empezar. Esto se configura una sola vez para todas las personas que usan Waveshelf en este ordenador; después, cada una inicia sesión con su propia cuenta de Waveshelf.</translation>
    </message>
    <message>
        <source>Try Waveshelf with the sandbox</source>
        <translation>Probar Waveshelf con el entorno de pruebas</translation>
    </message>
    <message>
        <source>The sandbox is a small SoundCloud look-alike that runs on this computer, with example accounts: sign in there as alice with the password alice-password. Nothing goes to SoundCloud and nothing about the sandbox is saved: it stops when you quit Waveshelf, and you choose again next time.</source>
        <translation>El entorno de pruebas es una pequeña imitación de SoundCloud que se ejecuta en este ordenador, con cuentas de ejemplo: inicia sesión allí como alice con la contraseña alice-password. No se envía nada a SoundCloud ni se guarda nada del entorno de pruebas: se detiene cuando sales de Waveshelf y la próxima vez vuelves a elegir.</translation>
    </message>
    <message>
        <source>Try with the sand&amp;box</source>
        <translation>Probar con el entorno de prue&amp;bas</translation>
    </message>
    <message>
        <source>Try with the sandbox</source>
        <translation>Probar con el entorno de pruebas</translation>
    </message>
    <message>
        <source>Sandbox status</source>
        <translation>Estado del entorno de pruebas</translation>
    </message>
    <message>
        <source>Use your own SoundCloud app</source>
        <translation>Usar tu propia aplicación de SoundCloud</translation>
    </message>
    <message>
        <source>You can change this later in File → Settings…</source>
        <translation>Puedes cambiarlo más tarde en Archivo → Configuración…</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Iniciando el entorno de pruebas…</translation>
    </message>
    <message>
        <source>The sandbox is running.</source>
        <translation>El entorno de pruebas está en marcha.</translation>
    </message>
</context>
<context>
    <name>waveshelf::FollowController</name>
    <message>
        <source>Unfollow %1</source>
        <translation>Dejar de seguir a %1</translation>
    </message>
    <message>
        <source>Follow %1</source>
        <translation>Seguir a %1</translation>
    </message>
    <message>
        <source>You follow %1.</source>
        <translation>Sigues a %1.</translation>
    </message>
    <message>
        <source>You no longer follow %1.</source>
        <translation>Ya no sigues a %1.</translation>
    </message>
</context>
<context>
    <name>waveshelf::LibraryBrowser</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Atrás (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>waveshelf::LibraryCacheBox</name>
    <message>
        <source>Library cache</source>
        <translation>Caché de la biblioteca</translation>
    </message>
    <message>
        <source>Library cache size</source>
        <translation>Tamaño de la caché de la biblioteca</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Cache limit</source>
        <translation>Límite de la caché</translation>
    </message>
    <message>
        <source>The most each user&apos;s offline library may take; beyond it the lists not opened for the longest go.</source>
        <translation>Lo máximo que puede ocupar la biblioteca sin conexión de cada usuario; por encima, se eliminan las listas que llevan más tiempo sin abrirse.</translation>
    </message>
    <message>
        <source>Clear the library cache</source>
        <translation>Vaciar la caché de la biblioteca</translation>
    </message>
    <message>
        <source>About the library cache</source>
        <translation>Acerca de la caché de la biblioteca</translation>
    </message>
    <message>
        <source>Li&amp;mit per user:</source>
        <translation>Lí&amp;mite por usuario:</translation>
    </message>
    <message>
        <source>Nobody is logged in. Log in to see how much your library cache takes and to clear it; the limit applies to every user.</source>
        <translation>No hay nadie con la sesión iniciada. Inicia sesión para ver cuánto ocupa la caché de tu biblioteca y para vaciarla; el límite vale para todos los usuarios.</translation>
    </message>
    <message>
        <source>The size of your library cache is not known: %1</source>
        <translation>No se sabe el tamaño de la caché de tu biblioteca: %1</translation>
    </message>
    <message>
        <source>Limit: %1 per user.</source>
        <translation>Límite: %1 por usuario.</translation>
    </message>
    <message>
        <source>Measuring your library cache…</source>
        <translation>Midiendo la caché de tu biblioteca…</translation>
    </message>
    <message>
        <source>%1 used of %2.</source>
        <translation>%1 usados de %2.</translation>
    </message>
    <message>
        <source>The library cache was not cleared: %1</source>
        <translation>La caché de la biblioteca no se vació: %1</translation>
    </message>
    <message>
        <source>Cleared: %1 freed. Your library loads from SoundCloud again when you open it.</source>
        <translation>Vaciada: se liberaron %1. Tu biblioteca se vuelve a cargar desde SoundCloud cuando la abras.</translation>
    </message>
    <message>
        <source>Cleared: your library cache is empty.</source>
        <translation>Vaciada: la caché de tu biblioteca está vacía.</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Vaciar</translation>
    </message>
</context>
<context>
    <name>waveshelf::LibraryPage</name>
    <message>
        <source>Waiting for you to approve Waveshelf in your web browser…</source>
        <translation>Esperando a que autorices a Waveshelf en tu navegador web…</translation>
    </message>
    <message>
        <source>Finishing the connection with SoundCloud…</source>
        <translation>Terminando la conexión con SoundCloud…</translation>
    </message>
    <message>
        <source>Waiting for you to approve Waveshelf in the SoundCloud window…</source>
        <translation>Esperando a que autorices a Waveshelf en la ventana de SoundCloud…</translation>
    </message>
    <message>
        <source>Replace the SoundCloud account?</source>
        <translation>¿Reemplazar la cuenta de SoundCloud?</translation>
    </message>
    <message>
        <source>You signed in to SoundCloud as %1, but Waveshelf has you connected as %2.

Connect %1 instead? Waveshelf then forgets the connection to %2.</source>
        <translation>Iniciaste sesión en SoundCloud como %1, pero en Waveshelf estás conectado como %2.

¿Conectar %1 en su lugar? Waveshelf olvidará entonces la conexión con %2.</translation>
    </message>
    <message>
        <source>Connect %1</source>
        <translation>Conectar %1</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Mantener %1</translation>
    </message>
    <message>
        <source>Is this your SoundCloud account?</source>
        <translation>¿Es esta tu cuenta de SoundCloud?</translation>
    </message>
    <message>
        <source>Your web browser signed in to SoundCloud as %1.

Connect Waveshelf to this account? Choose “Connect” only if %1 is your account: someone else on this computer could have finished the sign-in with theirs.</source>
        <translation>Tu navegador web inició sesión en SoundCloud como %1.

¿Conectar Waveshelf a esta cuenta? Elige «Conectar %1» solo si %1 es tu cuenta: otra persona de este ordenador podría haber completado el inicio de sesión con la suya.</translation>
    </message>
    <message>
        <source>Do Not Connect</source>
        <translation>No conectar</translation>
    </message>
    <message>
        <source>Disconnect from SoundCloud</source>
        <translation>Desconectar de SoundCloud</translation>
    </message>
    <message>
        <source>Waveshelf will forget your SoundCloud connection on this computer and sign you out of SoundCloud in its window. Your tracks stay on SoundCloud. Disconnect?</source>
        <translation>Waveshelf olvidará tu conexión con SoundCloud en este ordenador y cerrará tu sesión de SoundCloud en su ventana. Tus pistas siguen en SoundCloud. ¿Desconectar?</translation>
    </message>
    <message>
        <source>Disconnected from SoundCloud.</source>
        <translation>Desconectado de SoundCloud.</translation>
    </message>
</context>
<context>
    <name>waveshelf::LibrarySidebar</name>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <source>Playlists</source>
        <translation>Listas de reproducción</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Siguiendo</translation>
    </message>
    <message>
        <source>Your uploads</source>
        <translation>Tus subidas</translation>
    </message>
    <message>
        <source>Recently played</source>
        <translation>Escuchado recientemente</translation>
    </message>
</context>
<context>
    <name>waveshelf::LikeController</name>
    <message>
        <source>Removed “%1” from your likes.</source>
        <translation>«%1» quitada de tus Me gusta.</translation>
    </message>
    <message>
        <source>Added “%1” to your likes.</source>
        <translation>«%1» añadida a tus Me gusta.</translation>
    </message>
</context>
<context>
    <name>waveshelf::LoginPage</name>
    <message>
        <source>The two passwords are not the same. Please type them again.</source>
        <translation>Las dos contraseñas no coinciden. Vuelve a escribirlas.</translation>
    </message>
    <message>
        <source>Create a Waveshelf account</source>
        <translation>Crear una cuenta de Waveshelf</translation>
    </message>
    <message>
        <source>Log in to Waveshelf</source>
        <translation>Iniciar sesión en Waveshelf</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Al menos %Ln carácter</numerusform>
            <numerusform>Al menos %Ln caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Creando tu cuenta…</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>Comprobando tu contraseña…</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Algo salió mal. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Forgot your password? It cannot be recovered, because it also locks your SoundCloud connection. Create a new account and connect SoundCloud again.</source>
        <translation>¿Has olvidado tu contraseña? No se puede recuperar, porque también protege tu conexión con SoundCloud. Crea una cuenta nueva y vuelve a conectar SoundCloud.</translation>
    </message>
</context>
<context>
    <name>waveshelf::LoopbackReceiver</name>
    <message numerus="yes">
        <source>Waveshelf stopped waiting for your web browser after %n minute(s). Nothing was changed; start again when you are ready.</source>
        <translation>
            <numerusform>Waveshelf dejó de esperar a tu navegador web tras %Ln minuto. No se cambió nada; vuelve a empezar cuando quieras.</numerusform>
            <numerusform>Waveshelf dejó de esperar a tu navegador web tras %Ln minutos. No se cambió nada; vuelve a empezar cuando quieras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waveshelf stopped waiting for your web browser. Nothing was changed; start again when you are ready.</source>
        <translation>Waveshelf dejó de esperar a tu navegador web. No se cambió nada; vuelve a empezar cuando quieras.</translation>
    </message>
    <message>
        <source>Signing in with your web browser needs a redirect URI of the form http://127.0.0.1:PORT/callback, but it is set to %1. Change it in File → Settings (and in your SoundCloud app).</source>
        <translation>Para iniciar sesión con tu navegador web hace falta una URI de redirección con el formato http://127.0.0.1:PUERTO/callback, pero está configurada como %1. Cámbiala en Archivo → Configuración (y en tu aplicación de SoundCloud).</translation>
    </message>
    <message>
        <source>Signing in with your web browser needs a redirect URI on this computer (http://127.0.0.1:PORT/…), but it points to %1. Change it in File → Settings (and in your SoundCloud app).</source>
        <translation>Para iniciar sesión con tu navegador web hace falta una URI de redirección en este ordenador (http://127.0.0.1:PUERTO/…), pero apunta a %1. Cámbiala en Archivo → Configuración (y en tu aplicación de SoundCloud).</translation>
    </message>
    <message>
        <source>The redirect URI %1 has no port number; Waveshelf needs one (for example http://127.0.0.1:8765/callback) to receive the answer from your web browser.</source>
        <translation>La URI de redirección %1 no tiene número de puerto; Waveshelf necesita uno (por ejemplo, http://127.0.0.1:8765/callback) para recibir la respuesta de tu navegador web.</translation>
    </message>
    <message>
        <source>Waveshelf is already waiting for your web browser.</source>
        <translation>Waveshelf ya está esperando a tu navegador web.</translation>
    </message>
    <message>
        <source>This sign-in attempt cannot be checked; please start again.</source>
        <translation>No se puede comprobar este intento de inicio de sesión; vuelve a empezar.</translation>
    </message>
    <message>
        <source>Another program is using port %1 on this computer, so Waveshelf cannot receive the answer from your web browser. Close that program and try again, or change the redirect URI in File → Settings (and in your SoundCloud app) to another port.</source>
        <translation>Otro programa está usando el puerto %1 en este ordenador, así que Waveshelf no puede recibir la respuesta de tu navegador web. Cierra ese programa e inténtalo de nuevo, o cambia la URI de redirección a otro puerto en Archivo → Configuración (y en tu aplicación de SoundCloud).</translation>
    </message>
    <message>
        <source>Waveshelf could not listen on port %1 on this computer to receive the answer from your web browser. Try again, or change the redirect URI in File → Settings.</source>
        <translation>Waveshelf no pudo escuchar en el puerto %1 de este ordenador para recibir la respuesta de tu navegador web. Inténtalo de nuevo o cambia la URI de redirección en Archivo → Configuración.</translation>
    </message>
    <message>
        <source>You cancelled signing in with your web browser. Nothing was changed.</source>
        <translation>Cancelaste el inicio de sesión con tu navegador web. No se cambió nada.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Solicitud demasiado grande</translation>
    </message>
    <message>
        <source>This request is too large.</source>
        <translation>Esta solicitud es demasiado grande.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Solicitud incorrecta</translation>
    </message>
    <message>
        <source>Waveshelf could not read this request.</source>
        <translation>Waveshelf no pudo leer esta solicitud.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>There is nothing at this address.</source>
        <translation>No hay nada en esta dirección.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>This address only answers GET requests.</source>
        <translation>Esta dirección solo responde a solicitudes GET.</translation>
    </message>
    <message>
        <source>Waveshelf</source>
        <translation>Waveshelf</translation>
    </message>
    <message>
        <source>Nothing to do here</source>
        <translation>Aquí no hay nada que hacer</translation>
    </message>
    <message>
        <source>This address only receives SoundCloud&apos;s answer for Waveshelf.</source>
        <translation>Esta dirección solo recibe la respuesta de SoundCloud para Waveshelf.</translation>
    </message>
    <message>
        <source>Signed in — Waveshelf</source>
        <translation>Sesión iniciada — Waveshelf</translation>
    </message>
    <message>
        <source>You can close this tab and return to Waveshelf.</source>
        <translation>Puedes cerrar esta pestaña y volver a Waveshelf.</translation>
    </message>
    <message>
        <source>Waveshelf received SoundCloud&apos;s answer and is finishing the connection.</source>
        <translation>Waveshelf recibió la respuesta de SoundCloud y está terminando la conexión.</translation>
    </message>
    <message>
        <source>This sign-in answer is out of date</source>
        <translation>Esta respuesta de inicio de sesión está caducada</translation>
    </message>
    <message>
        <source>It does not belong to the sign-in Waveshelf is waiting for. Return to Waveshelf and continue from there.</source>
        <translation>No corresponde al inicio de sesión que espera Waveshelf. Vuelve a Waveshelf y continúa desde allí.</translation>
    </message>
    <message>
        <source>Declined — Waveshelf</source>
        <translation>Rechazado — Waveshelf</translation>
    </message>
    <message>
        <source>You declined the connection</source>
        <translation>Rechazaste la conexión</translation>
    </message>
    <message>
        <source>Nothing was changed. You can close this tab and return to Waveshelf.</source>
        <translation>No se cambió nada. Puedes cerrar esta pestaña y volver a Waveshelf.</translation>
    </message>
    <message>
        <source>Not connected — Waveshelf</source>
        <translation>Sin conectar — Waveshelf</translation>
    </message>
    <message>
        <source>SoundCloud did not approve the sign-in</source>
        <translation>SoundCloud no aprobó el inicio de sesión</translation>
    </message>
    <message>
        <source>You can close this tab and return to Waveshelf to try again.</source>
        <translation>Puedes cerrar esta pestaña y volver a Waveshelf para intentarlo de nuevo.</translation>
    </message>
</context>
<context>
    <name>waveshelf::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>Cambiar con&amp;traseña…</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;SoundCloud</source>
        <translation>&amp;SoundCloud</translation>
    </message>
    <message>
        <source>&amp;Connect to SoundCloud</source>
        <translation>&amp;Conectar a SoundCloud</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Waveshelf</source>
        <translation>&amp;Acerca de Waveshelf</translation>
    </message>
    <message>
        <source>New settings apply the next time you log in.</source>
        <translation>La nueva configuración se aplicará la próxima vez que inicies sesión.</translation>
    </message>
    <message>
        <source>About Waveshelf</source>
        <translation>Acerca de Waveshelf</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Waveshelf %1&lt;/h3&gt;&lt;p&gt;A native desktop app for SoundCloud.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Waveshelf %1&lt;/h3&gt;&lt;p&gt;Una aplicación de escritorio nativa para SoundCloud.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SoundCloud sandbox at %1</source>
        <translation>Entorno de pruebas de SoundCloud en %1</translation>
    </message>
    <message>
        <source>not SoundCloud: %1</source>
        <translation>no es SoundCloud: %1</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Servicio: %1</translation>
    </message>
    <message>
        <source>Service: SoundCloud</source>
        <translation>Servicio: SoundCloud</translation>
    </message>
    <message>
        <source>&amp;Reconnect to SoundCloud</source>
        <translation>&amp;Reconectar a SoundCloud</translation>
    </message>
    <message>
        <source>Set by the sandbox for this session; saved only if you change it.</source>
        <translation>Definido por el entorno de pruebas para esta sesión; solo se guarda si lo cambias.</translation>
    </message>
    <message>
        <source>Not connected to SoundCloud.</source>
        <translation>Sin conexión con SoundCloud.</translation>
    </message>
</context>
<context>
    <name>waveshelf::MessageBar</name>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconectar</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>waveshelf::MprisService</name>
    <message>
        <source>The desktop&apos;s media controls (MPRIS) are not available.</source>
        <translation>Los controles multimedia del escritorio (MPRIS) no están disponibles.</translation>
    </message>
</context>
<context>
    <name>waveshelf::OfflineBanner</name>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Offline — showing your library from %1</source>
        <translation>Sin conexión: tu biblioteca de las %1</translation>
    </message>
    <message>
        <source>Offline — showing your saved library</source>
        <translation>Sin conexión: tu biblioteca guardada</translation>
    </message>
</context>
<context>
    <name>waveshelf::OwnAppForm</name>
    <message>
        <source>1. Sign in at &lt;a href=&quot;https://soundcloud.com/you/apps&quot;&gt;soundcloud.com/you/apps&lt;/a&gt; and register a new app (any name, such as “Waveshelf on my computer”).&lt;br&gt;2. Enter this redirect URI for the app there, exactly as shown:</source>
        <translation>1. Inicia sesión en &lt;a href=&quot;https://soundcloud.com/you/apps&quot;&gt;soundcloud.com/you/apps&lt;/a&gt; y registra una aplicación nueva (con cualquier nombre, como «Waveshelf en mi ordenador»).&lt;br&gt;2. Introduce allí esta URI de redirección para la aplicación, exactamente como se muestra:</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirección</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copies the redirect URI</source>
        <translation>Copia la URI de redirección</translation>
    </message>
    <message>
        <source>3. Copy the app&apos;s client ID (and its client secret, if it shows one) here:</source>
        <translation>3. Copia aquí el ID de cliente de la aplicación (y su secreto de cliente, si muestra uno):</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID de cliente:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret (optional):</source>
        <translation>S&amp;ecreto de cliente (opcional):</translation>
    </message>
    <message>
        <source>About the client secret</source>
        <translation>Acerca del secreto de cliente</translation>
    </message>
    <message>
        <source>A client secret is set in the environment variable WAVESHELF_CLIENT_SECRET: Waveshelf uses it and does not store it.</source>
        <translation>Hay un secreto de cliente definido en la variable de entorno WAVESHELF_CLIENT_SECRET: Waveshelf lo usa y no lo guarda.</translation>
    </message>
    <message>
        <source>Most apps work without one. A secret you enter is kept in the system keyring, never in Waveshelf&apos;s settings file.</source>
        <translation>La mayoría de las aplicaciones funcionan sin él. Un secreto que introduzcas se guarda en el llavero del sistema, nunca en el archivo de configuración de Waveshelf.</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>Com&amp;probar</translation>
    </message>
    <message>
        <source>Checks that SoundCloud&apos;s sign-in and token addresses answer</source>
        <translation>Comprueba que las direcciones de inicio de sesión y de token de SoundCloud responden</translation>
    </message>
    <message>
        <source>Save and co&amp;ntinue</source>
        <translation>Guardar y co&amp;ntinuar</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Resultado de la comprobación</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Please enter your app&apos;s client ID.</source>
        <translation>Introduce el ID de cliente de tu aplicación.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Works: %1</source>
        <translation>Funciona: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Everything answers: save and continue.</source>
        <translation>Todo responde: guarda y continúa.</translation>
    </message>
    <message>
        <source>The client ID is saved. Press “Save and continue” again to go on without the secret.</source>
        <translation>El ID de cliente está guardado. Pulsa «Guardar y continuar» otra vez para seguir sin el secreto.</translation>
    </message>
</context>
<context>
    <name>waveshelf::PlaceHeader</name>
    <message>
        <source>&amp;Play all</source>
        <translation>&amp;Reproducir todo</translation>
    </message>
    <message>
        <source>S&amp;huffle</source>
        <translation>&amp;Aleatorio</translation>
    </message>
    <message>
        <source>Play all</source>
        <translation>Reproducir todo</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>Aleatorio</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Siguiendo</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>You follow them; click to unfollow</source>
        <translation>Sigues a esta persona; haz clic para dejar de seguirla</translation>
    </message>
    <message>
        <source>Follow them on SoundCloud</source>
        <translation>Seguir a esta persona en SoundCloud</translation>
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
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Now playing: %1 by %2</source>
        <translation>Reproduciendo: %1 de %2</translation>
    </message>
</context>
<context>
    <name>waveshelf::PlaybackSettingsPage</name>
    <message>
        <source>Audio &amp;output:</source>
        <translation>&amp;Salida de audio:</translation>
    </message>
    <message>
        <source>Audio output</source>
        <translation>Salida de audio</translation>
    </message>
    <message>
        <source>Where Waveshelf plays. A change applies the next time you log in.</source>
        <translation>Dónde suena Waveshelf. Un cambio se aplica la próxima vez que inicies sesión.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminada del sistema</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (no conectada)</translation>
    </message>
</context>
<context>
    <name>waveshelf::PlaybackUi</name>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Reproducción</translation>
    </message>
    <message>
        <source>&amp;Play/Pause</source>
        <translation>&amp;Reproducir/Pausa</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Pre&amp;vious</source>
        <translation>A&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Show &amp;Queue</source>
        <translation>Mostrar la &amp;cola</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Reproductor</translation>
    </message>
    <message>
        <source>Copy &amp;Link at Current Time</source>
        <translation>Copiar en&amp;lace en el momento actual</translation>
    </message>
    <message>
        <source>“%1” has no SoundCloud link to share.</source>
        <translation>«%1» no tiene enlace de SoundCloud para compartir.</translation>
    </message>
    <message>
        <source>Nothing is playing.</source>
        <translation>No se está reproduciendo nada.</translation>
    </message>
    <message>
        <source>Copied the link to “%1” at %2.</source>
        <translation>Enlace a «%1» en %2 copiado.</translation>
    </message>
</context>
<context>
    <name>waveshelf::PlayerBar</name>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>Aleatorio</translation>
    </message>
    <message>
        <source>Repeat: off</source>
        <translation>Repetir: no</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Reproductor</translation>
    </message>
    <message>
        <source>Artwork</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Tiempo transcurrido</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Duración total</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
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
        <translation>Título: %1</translation>
    </message>
    <message>
        <source>Artist: %1</source>
        <translation>Artista: %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activar el sonido</translation>
    </message>
    <message>
        <source>Repeat: all</source>
        <translation>Repetir: todo</translation>
    </message>
    <message>
        <source>Repeat: one track</source>
        <translation>Repetir: una pista</translation>
    </message>
    <message>
        <source>Buffering…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Preview: only 30 seconds of this track play.</source>
        <translation>Vista previa: solo se reproducen 30 segundos de esta pista.</translation>
    </message>
</context>
<context>
    <name>waveshelf::PlayerController</name>
    <message>
        <source>Only a preview of “%1” can be played with your SoundCloud account; Waveshelf plays the preview.</source>
        <translation>Con tu cuenta de SoundCloud solo se puede reproducir una vista previa de «%1»; Waveshelf reproduce la vista previa.</translation>
    </message>
    <message>
        <source>%1 Skipped to the next track.</source>
        <translation>%1 Se pasó a la siguiente pista.</translation>
    </message>
    <message>
        <source>“%1” could not be played.</source>
        <translation>No se pudo reproducir «%1».</translation>
    </message>
</context>
<context>
    <name>waveshelf::PlaylistController</name>
    <message>
        <source>New playlist…</source>
        <translation>Nueva lista de reproducción…</translation>
    </message>
    <message>
        <source>Reading your playlists…</source>
        <translation>Cargando tus listas de reproducción…</translation>
    </message>
    <message>
        <source>Your playlists could not be read; try again later.</source>
        <translation>No se pudieron leer tus listas de reproducción; inténtalo más tarde.</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%Ln pista</numerusform>
            <numerusform>%Ln pistas</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding to “%1”…</source>
        <translation>Añadiendo a «%1»…</translation>
    </message>
    <message>
        <source>“%1” has this track already.</source>
        <translation>«%1» ya contiene esta pista.</translation>
    </message>
    <message>
        <source>“%1” has these tracks already.</source>
        <translation>«%1» ya contiene estas pistas.</translation>
    </message>
    <message>
        <source>“%1” is as it was.</source>
        <translation>«%1» vuelve a estar como estaba.</translation>
    </message>
    <message>
        <source>New Playlist</source>
        <translation>Nueva lista de reproducción</translation>
    </message>
    <message>
        <source>Title of the new playlist (private; you can share it on SoundCloud):</source>
        <translation>Título de la nueva lista de reproducción (privada; puedes compartirla en SoundCloud):</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>Creando «%1»…</translation>
    </message>
    <message numerus="yes">
        <source>Created “%1” with %n track(s).</source>
        <translation>
            <numerusform>Se creó «%1» con %Ln pista.</numerusform>
            <numerusform>Se creó «%1» con %Ln pistas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Se eliminó «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n track(s) from “%1”.</source>
        <translation>
            <numerusform>%Ln pista quitada de «%1».</numerusform>
            <numerusform>%Ln pistas quitadas de «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved tracks in “%1”.</source>
        <translation>Pistas movidas en «%1».</translation>
    </message>
    <message>
        <source>Rename Playlist</source>
        <translation>Cambiar nombre de la lista de reproducción</translation>
    </message>
    <message>
        <source>New title of “%1”:</source>
        <translation>Nuevo título de «%1»:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>«%1» ahora se llama «%2».</translation>
    </message>
    <message>
        <source>Delete Playlist</source>
        <translation>Eliminar lista de reproducción</translation>
    </message>
    <message>
        <source>Delete “%1”? Its tracks stay on SoundCloud; the playlist, its link and its likes go.</source>
        <translation>¿Eliminar «%1»? Sus pistas siguen en SoundCloud; la lista de reproducción, su enlace y sus Me gusta desaparecen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>“%1” is back, with a new link.</source>
        <translation>«%1» ha vuelto, con un enlace nuevo.</translation>
    </message>
</context>
<context>
    <name>waveshelf::PlaylistListModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Creador</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Pistas</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>waveshelf::PlaylistTrackActions</name>
    <message>
        <source>Remove from playlist</source>
        <translation>Quitar de la lista de reproducción</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Show the playlist in its own order (no sorting, no filter) to move tracks.</source>
        <translation>Muestra la lista de reproducción en su propio orden (sin ordenar ni filtrar) para mover pistas.</translation>
    </message>
</context>
<context>
    <name>waveshelf::QueueItemDelegate</name>
    <message>
        <source>Now playing</source>
        <translation>Sonando ahora</translation>
    </message>
    <message>
        <source>Up next</source>
        <translation>A continuación</translation>
    </message>
</context>
<context>
    <name>waveshelf::QueueView</name>
    <message>
        <source>Move &amp;Up</source>
        <translation>Su&amp;bir</translation>
    </message>
    <message>
        <source>Move the selected track up (Alt+Up)</source>
        <translation>Subir la pista seleccionada (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Move the selected track down (Alt+Down)</source>
        <translation>Bajar la pista seleccionada (Alt+Abajo)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected track from the queue (Delete)</source>
        <translation>Quitar la pista seleccionada de la cola (Supr)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vaciar</translation>
    </message>
    <message>
        <source>Remove every track from the queue but the one playing</source>
        <translation>Quitar de la cola todas las pistas menos la que suena</translation>
    </message>
</context>
<context>
    <name>waveshelf::SandboxProcess</name>
    <message>
        <source>Waveshelf could not find the SoundCloud sandbox (the program waveshelf-sandbox), which is not part of the Waveshelf package. Install the package waveshelf-sandbox, or build Waveshelf from its source code (scripts/run.sh), where the sandbox is built beside the app.</source>
        <translation>Waveshelf no encontró el entorno de pruebas de SoundCloud (el programa waveshelf-sandbox), que no forma parte del paquete de Waveshelf. Instala el paquete waveshelf-sandbox o compila Waveshelf desde su código fuente (scripts/run.sh), donde el entorno de pruebas se compila junto a la aplicación.</translation>
    </message>
    <message>
        <source>The SoundCloud sandbox could not be started: %1</source>
        <translation>No se pudo iniciar el entorno de pruebas de SoundCloud: %1</translation>
    </message>
    <message>
        <source>The SoundCloud sandbox stopped before it was ready (%1).</source>
        <translation>El entorno de pruebas de SoundCloud se detuvo antes de estar listo (%1).</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>código de salida %1</translation>
    </message>
    <message>
        <source>The SoundCloud sandbox stopped (exit code %1). Quit and start Waveshelf again to try it once more.</source>
        <translation>El entorno de pruebas de SoundCloud se detuvo (código de salida %1). Sal de Waveshelf y vuelve a iniciarlo para intentarlo otra vez.</translation>
    </message>
    <message numerus="yes">
        <source>The SoundCloud sandbox did not start within %n second(s).</source>
        <translation>
            <numerusform>El entorno de pruebas de SoundCloud no se inició en %Ln segundo.</numerusform>
            <numerusform>El entorno de pruebas de SoundCloud no se inició en %Ln segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SoundCloud sandbox did not say where it listens: it may be from another version of Waveshelf.</source>
        <translation>El entorno de pruebas de SoundCloud no indicó dónde escucha: puede que sea de otra versión de Waveshelf.</translation>
    </message>
</context>
<context>
    <name>waveshelf::SearchField</name>
    <message>
        <source>Search SoundCloud</source>
        <translation>Buscar en SoundCloud</translation>
    </message>
</context>
<context>
    <name>waveshelf::SettingsDialog</name>
    <message>
        <source>Where Waveshelf keeps its database and settings</source>
        <translation>Dónde guarda Waveshelf su base de datos y su configuración</translation>
    </message>
    <message>
        <source>No client secret is set now.</source>
        <translation>Ahora no hay ningún secreto de cliente configurado.</translation>
    </message>
    <message>
        <source>A client secret is set now.</source>
        <translation>Ahora hay un secreto de cliente configurado.</translation>
    </message>
    <message>
        <source>About the client secret</source>
        <translation>Acerca del secreto de cliente</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Nota sobre %1</translation>
    </message>
    <message>
        <source>Set by the environment variable %1, so it cannot be changed here.</source>
        <translation>Lo define la variable de entorno %1, así que no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>The client secret is not set here: Waveshelf reads it from the environment variable WAVESHELF_CLIENT_SECRET or from the system keyring (where the first-run guide keeps it), and never writes it to the settings file. Most people do not need one.</source>
        <translation>El secreto de cliente no se define aquí: Waveshelf lo lee de la variable de entorno WAVESHELF_CLIENT_SECRET o del llavero del sistema (donde lo guarda el asistente de primer inicio) y nunca lo escribe en el archivo de configuración. La mayoría de la gente no lo necesita.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>Waveshelf speaks the language chosen here from its next start.</source>
        <translation>Waveshelf usa el idioma elegido aquí a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>A PostgreSQL database shared by several computers, as postgresql://user@server/database. The password is read from ~/.pgpass or PGPASSWORD, never from here. Used from the next start. The server keeps each local user&apos;s name, Argon2id password hash and vault salt, and the SoundCloud tokens and library only as sealed blobs that the user&apos;s password opens. A server on another computer is reached over TLS with its certificate checked (sslmode=verify-full, with the certificate authority in ~/.postgresql/root.crt) unless the URL names another sslmode.</source>
        <translation>Una base de datos PostgreSQL compartida por varios ordenadores, con la forma postgresql://usuario@servidor/basededatos. La contraseña se lee de ~/.pgpass o PGPASSWORD, nunca de aquí. Se usa a partir del próximo inicio. El servidor guarda de cada usuario local su nombre, el hash Argon2id de su contraseña y la sal de su almacén, y los tokens de SoundCloud y la biblioteca solo como datos sellados que abre la contraseña del usuario. A un servidor en otro ordenador se llega por TLS con su certificado comprobado (sslmode=verify-full, con la autoridad de certificación en ~/.postgresql/root.crt), salvo que la URL indique otro sslmode.</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
</context>
<context>
    <name>waveshelf::SignInPopupWindow</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign-in window</source>
        <translation>Ventana de inicio de sesión</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Página de inicio de sesión</translation>
    </message>
    <message>
        <source>Sign in – %1</source>
        <translation>Iniciar sesión – %1</translation>
    </message>
</context>
<context>
    <name>waveshelf::StreamResolver</name>
    <message>
        <source>SoundCloud no longer has “%1”.</source>
        <translation>SoundCloud ya no tiene «%1».</translation>
    </message>
    <message>
        <source>SoundCloud does not allow “%1” to be played.</source>
        <translation>SoundCloud no permite reproducir «%1».</translation>
    </message>
    <message>
        <source>SoundCloud did not accept the request right now; try again.</source>
        <translation>SoundCloud no ha aceptado la solicitud en este momento; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>SoundCloud offers no stream of “%1” that Waveshelf can play.</source>
        <translation>SoundCloud no ofrece ningún stream de «%1» que Waveshelf pueda reproducir.</translation>
    </message>
    <message>
        <source>SoundCloud sent the stream of “%1” in a way Waveshelf cannot play.</source>
        <translation>SoundCloud envió el stream de «%1» de una forma que Waveshelf no puede reproducir.</translation>
    </message>
    <message>
        <source>SoundCloud sent the stream of “%1” to an address Waveshelf does not play from.</source>
        <translation>SoundCloud envió el stream de «%1» a una dirección desde la que Waveshelf no reproduce.</translation>
    </message>
</context>
<context>
    <name>waveshelf::TrackItemDelegate</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Blocked: SoundCloud does not play this track in your country or on your plan</source>
        <translation>Bloqueada: SoundCloud no reproduce esta pista en tu país o con tu plan</translation>
    </message>
</context>
<context>
    <name>waveshelf::TrackListModel</name>
    <message>
        <source>Not playable in your country or on your plan (%1)</source>
        <translation>No se puede reproducir en tu país o con tu plan (%1)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Artista</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Blocked: SoundCloud does not play this track in your country or on your plan</source>
        <translation>Bloqueada: SoundCloud no reproduce esta pista en tu país o con tu plan</translation>
    </message>
    <message>
        <source>Preview: only a short part of this track plays on your plan</source>
        <translation>Vista previa: con tu plan solo se reproduce una parte corta de esta pista</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>vista previa</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <source>Plays</source>
        <translation>Reproducciones</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <source>Liked</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <source>Liked: click to unlike</source>
        <translation>Te gusta: haz clic para quitar el Me gusta</translation>
    </message>
    <message>
        <source>Not liked: click to like</source>
        <translation>No te gusta aún: haz clic para darle Me gusta</translation>
    </message>
</context>
<context>
    <name>waveshelf::TrackTableView</name>
    <message>
        <source>Tracks</source>
        <translation>Pistas</translation>
    </message>
    <message>
        <source>Open on SoundCloud</source>
        <translation>Abrir en SoundCloud</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <source>Go to artist</source>
        <translation>Ir al artista</translation>
    </message>
    <message>
        <source>Unlike</source>
        <translation>Ya no me gusta</translation>
    </message>
    <message>
        <source>Track actions</source>
        <translation>Acciones de la pista</translation>
    </message>
    <message>
        <source>Play next</source>
        <translation>Reproducir a continuación</translation>
    </message>
    <message>
        <source>Add to queue</source>
        <translation>Añadir a la cola</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Add to playlist</source>
        <translation>Añadir a una lista de reproducción</translation>
    </message>
    <message>
        <source>Related tracks</source>
        <translation>Pistas relacionadas</translation>
    </message>
</context>
<context>
    <name>waveshelf::UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Pistas</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
</context>
</TS>
