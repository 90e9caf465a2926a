#include "SandboxLog.h"

namespace waveshelf::sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "waveshelf.sandbox", QtInfoMsg)

} // namespace waveshelf::sandbox
