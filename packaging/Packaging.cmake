# CPack configuration (DEB); filled in with the app target.
