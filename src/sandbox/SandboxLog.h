#pragma once

#include <QLoggingCategory>

namespace waveshelf::sandbox {

// "waveshelf.sandbox". Never log a token, code, verifier, state or password.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

} // namespace waveshelf::sandbox
