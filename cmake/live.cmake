# Live link (issue 7): standalone Asio (header-only, libasio-dev) and libsodium (libsodium-dev).
# Asio is used without Boost; the deprecated interfaces are switched off so only the current API compiles.
find_path(ASIO_INCLUDE asio.hpp REQUIRED)
target_include_directories(hd_live PUBLIC ${ASIO_INCLUDE})
target_compile_definitions(hd_live PUBLIC ASIO_STANDALONE ASIO_NO_DEPRECATED)
target_link_libraries(hd_live PRIVATE PkgConfig::SODIUM) # <sodium.h> only in live_crypto.cpp
