#pragma once

#include <QString>

namespace waveshelf {

// The user-editable settings, as a form or the settings file has them.
enum class ConfigField {
    ClientId,
    RedirectUri,
    AuthorizeUrl,
    TokenUrl,
    ApiUrl,
    DatabaseUrl,
    Language,
};

// Why a settings value cannot be used: which field, and a sentence for the
// user (already translated) that names the field.
struct ConfigProblem {
    ConfigField field = ConfigField::ClientId;
    QString message;
};

}  // namespace waveshelf
