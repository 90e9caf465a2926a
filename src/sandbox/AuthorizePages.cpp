#include "AuthorizePages.h"

#include "AuthorizeRequest.h"

namespace waveshelf::sandbox {

namespace {

const char16_t kStyle[] = uR"(
body { font-family: system-ui, sans-serif; background: #f2f2f2; color: #222; margin: 0; }
.banner { background: #ff5500; color: #fff; padding: .5em 1em; font-weight: 600; }
.banner small { font-weight: normal; opacity: .9; }
main { max-width: 24em; margin: 2.5em auto; background: #fff; padding: 1.5em 2em;
       border-radius: 8px; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
h1 { font-size: 1.3em; margin-top: 0; }
label { display: block; margin: .8em 0 .2em; }
input[type=text], input[type=password] { width: 100%; box-sizing: border-box; padding: .5em; }
.buttons { margin-top: 1.2em; display: flex; gap: .6em; }
button { padding: .55em 1.2em; border-radius: 4px; border: 1px solid #999; background: #fff; }
button.primary { background: #ff5500; border-color: #ff5500; color: #fff; }
.error { color: #b00020; background: #fdecee; padding: .5em; border-radius: 4px; }
.hint { color: #666; font-size: .85em; margin-top: 1.5em; }
.hint ul { margin: .3em 0 0; padding-left: 1.2em; }
.switch { margin-top: 1em; font-size: .9em; }
)";

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString page(const QString &title, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<title>")
        + escaped(title) + QStringLiteral(" – SoundCloud sandbox</title>\n<style>") + QString::fromUtf16(kStyle)
        + QStringLiteral("</style>\n</head>\n<body>\n<div class=\"banner\">SoundCloud sandbox "
                         "<small>— a local simulator for testing, not the real SoundCloud"
                         "</small></div>\n<main>\n")
        + body + QStringLiteral("</main>\n</body>\n</html>\n");
}

QString hiddenFields(const AuthorizeRequest &request)
{
    QString html;
    const FormFields fields = request.carriedFields();
    for (const FormFields::Item &field : fields.items()) {
        html += QStringLiteral("<input type=\"hidden\" name=\"") + escaped(field.first) + QStringLiteral("\" value=\"")
            + escaped(field.second) + QStringLiteral("\">\n");
    }
    return html;
}

QString decisionButtons()
{
    return QStringLiteral("<div class=\"buttons\">\n"
                          "<button type=\"submit\" id=\"approve\" name=\"decision\" value=\"approve\" "
                          "class=\"primary\">Connect</button>\n"
                          "<button type=\"submit\" id=\"deny\" name=\"decision\" value=\"deny\">Cancel</button>\n"
                          "</div>\n");
}

QString heading(const QString &appName)
{
    return QStringLiteral("<h1>Connect <em>") + escaped(appName)
        + QStringLiteral("</em> to your SoundCloud sandbox account</h1>\n");
}

}  // namespace

QString AuthorizePages::signIn(const AuthorizeRequest &request, const QString &appName, const QString &error,
                               const QString &username)
{
    QString body = heading(appName);
    if (!error.isEmpty())
        body += QStringLiteral("<p class=\"error\" id=\"error\">") + escaped(error) + QStringLiteral("</p>\n");
    body += QStringLiteral("<form method=\"post\" action=\"/authorize\" id=\"sign-in\">\n") + hiddenFields(request)
        + QStringLiteral("<label for=\"username\">Username</label>\n"
                         "<input type=\"text\" id=\"username\" name=\"username\" "
                         "autocomplete=\"username\" value=\"")
        + escaped(username)
        + QStringLiteral("\">\n<label for=\"password\">Password</label>\n"
                         "<input type=\"password\" id=\"password\" name=\"password\" "
                         "autocomplete=\"current-password\">\n")
        + decisionButtons()
        + QStringLiteral("</form>\n<div class=\"hint\">Sandbox accounts (username / password):"
                         "<ul><li>alice / alice-password</li><li>bob / bob-password</li>"
                         "<li>carol / carol-password</li></ul></div>\n");
    return page(QStringLiteral("Sign in"), body);
}

QString AuthorizePages::signedIn(const AuthorizeRequest &request, const QString &appName, const QString &username,
                                 const QString &fullName)
{
    QString body = heading(appName) + QStringLiteral("<p id=\"signed-in\">Signed in as ") + escaped(username)
        + QStringLiteral("</p>\n<p>") + escaped(fullName) + QStringLiteral("</p>\n")
        + QStringLiteral("<form method=\"post\" action=\"/authorize\" id=\"consent\">\n") + hiddenFields(request)
        + decisionButtons()
        + QStringLiteral("<div class=\"switch\"><button type=\"submit\" id=\"switch-account\" "
                         "name=\"decision\" value=\"switch\">Use another account</button></div>\n"
                         "</form>\n");
    return page(QStringLiteral("Sign in"), body);
}

QString AuthorizePages::error(const QString &message)
{
    return page(QStringLiteral("Error"),
                QStringLiteral("<h1>This sign-in link does not work</h1>\n"
                               "<p class=\"error\" id=\"error\">")
                    + escaped(message)
                    + QStringLiteral("</p>\n<p>Nothing was sent back to the app. Close this "
                                     "window and try again from the app.</p>\n"));
}

}  // namespace waveshelf::sandbox
