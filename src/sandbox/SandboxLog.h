#pragma once

#include <QLoggingCategory>

namespace waveshelf::sandbox {

// "waveshelf.sandbox". Never log a token, code, verifier, state or password.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

// Qt's HTTP server logs every request at debug level with all its headers: the
// Authorization header (an access token) and the sign-in session cookie. This
// keeps the qt.httpserver* categories below warning level, whatever the logging
// rules say (QT_LOGGING_RULES="*.debug=true" included). Idempotent; process-wide.
void silenceQtHttpServerDebugLogging();

}  // namespace waveshelf::sandbox
