#include "common/LogCategories.h"

Q_LOGGING_CATEGORY(lcConfig, "waveshelf.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "waveshelf.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMpris, "waveshelf.mpris", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAccounts, "waveshelf.accounts", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "waveshelf.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "waveshelf.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModels, "waveshelf.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLibrary, "waveshelf.library", QtInfoMsg)
Q_LOGGING_CATEGORY(lcArtwork, "waveshelf.artwork", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPlayer, "waveshelf.player", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGui, "waveshelf.gui", QtInfoMsg)
