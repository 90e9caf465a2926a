#include "ExitCode.h"

namespace waveshelf::cli {

ExitCode exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::WrongCredentials:
        return ExitCode::AuthFailed;
    case ErrorKind::ReconnectNeeded:
    case ErrorKind::OtherService:  // reconnect, or switch back to the service that connected
        return ExitCode::NotConnected;
    case ErrorKind::RateLimited:
    case ErrorKind::Unreachable:
    case ErrorKind::Protocol:  // an unreadable answer: an outage page, a cut-off body
        return ExitCode::Unreachable;
    case ErrorKind::InvalidInput:
        return ExitCode::Usage;
    case ErrorKind::AlreadyExists:
    case ErrorKind::NotFound:
    case ErrorKind::Cancelled:
    case ErrorKind::AccessDenied:
    case ErrorKind::StateMismatch:
    case ErrorKind::Database:
    case ErrorKind::SchemaTooNew:
    case ErrorKind::Crypto:
    case ErrorKind::Conflict:
        return ExitCode::Failed;
    }
    return ExitCode::Failed;
}

}  // namespace waveshelf::cli
