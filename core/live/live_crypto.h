// Live link cryptography (libsodium): join codes, key derivation and per-frame authenticated
// encryption. Everything a Wi-Fi neighbour could observe or forge is handled here.
//
// Key schedule: master = Argon2id(join code, per-hearing salt); per connection both sides add a
// fresh random nonce each and derive one key per direction (BLAKE2b keyed with master). Frames are
// sealed with crypto_secretstream_xchacha20poly1305, whose internal counter makes every frame valid
// exactly once and in order: tampered, replayed, reordered or cross-connection frames fail Open().
// <sodium.h> stays in live_crypto.cpp: the sizes below are checked against libsodium's there, and the
// stream state lives behind a pointer, so nothing that includes this header (the GUI) sees libsodium.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <memory>
#include <vector>

namespace hd {

inline constexpr size_t kLiveKeyBytes = 32;
inline constexpr size_t kLiveSaltBytes = 16;          // crypto_pwhash_SALTBYTES
inline constexpr size_t kLiveNonceBytes = 32;
inline constexpr size_t kLiveStreamHeaderBytes = 24; // crypto_secretstream_xchacha20poly1305_HEADERBYTES
inline constexpr size_t kLiveSealOverhead = 17;      // crypto_secretstream_xchacha20poly1305_ABYTES
inline constexpr size_t kJoinCodeSymbols = 8; // 8 symbols of 32 = 40 bits, shown as XXXX-XXXX

using LiveKey = std::array<uint8_t, kLiveKeyBytes>;
using LiveSalt = std::array<uint8_t, kLiveSaltBytes>;
using LiveNonce = std::array<uint8_t, kLiveNonceBytes>;
using LiveStreamHeader = std::array<uint8_t, kLiveStreamHeaderBytes>;
using Bytes = std::vector<uint8_t>;

// Argon2id cost. Both ends must use the same strength (the host announces it; the client refuses a
// different one rather than derive a key an eavesdropper could brute-force more cheaply).
struct KdfStrength {
    uint64_t opslimit = 2;        // crypto_pwhash_OPSLIMIT_INTERACTIVE
    uint64_t memlimit = 67108864; // crypto_pwhash_MEMLIMIT_INTERACTIVE (64 MiB)
    static constexpr KdfStrength Interactive() { return {}; }
    // Minimum cost: only for tests and benchmarks on loopback, never for a real room.
    static constexpr KdfStrength FastForTests() { return {1, 8192}; } // crypto_pwhash_OPSLIMIT_MIN, _MEMLIMIT_MIN
    bool operator==(const KdfStrength&) const = default;
};

// Calls sodium_init() once; throws std::runtime_error when libsodium cannot start.
void EnsureSodium();

// A fresh join code "XXXX-XXXX" from Crockford's base32 alphabet (no I, L, O, U).
std::string GenerateJoinCode();
// Canonical form of what a person typed: upper case, dashes and spaces dropped, O->0, I/L->1.
// nullopt when it is not exactly kJoinCodeSymbols valid symbols.
std::optional<std::string> NormalizeJoinCode(std::string_view typed);
// "ABCD2345" -> "ABCD-2345" for display.
std::string FormatJoinCode(std::string_view normalized);

LiveSalt RandomSalt();
LiveNonce RandomNonce();
std::string ToHex(std::span<const uint8_t> bytes);
std::optional<Bytes> FromHex(std::string_view hex);

// Argon2id over the normalised join code. Slow on purpose (~0.1 s, 64 MiB at Interactive).
LiveKey DeriveMasterKey(std::string_view normalized_code, const LiveSalt& salt, const KdfStrength& strength);

struct LiveSessionKeys {
    LiveKey client_to_host{};
    LiveKey host_to_client{};
};
LiveSessionKeys DeriveSessionKeys(const LiveKey& master, const LiveNonce& client_nonce,
                                  const LiveNonce& host_nonce);

struct LiveStreamState; // libsodium's secretstream state (live_crypto.cpp)

// Sending half of one direction of a connection.
class FrameSealer {
  public:
    explicit FrameSealer(const LiveKey& key);
    ~FrameSealer();
    FrameSealer(const FrameSealer&) = delete;
    FrameSealer& operator=(const FrameSealer&) = delete;
    const LiveStreamHeader& Header() const { return m_header; }
    Bytes Seal(std::span<const uint8_t> plaintext);

  private:
    std::unique_ptr<LiveStreamState> m_state;
    LiveStreamHeader m_header{};
};

// Receiving half. Open() returns nullopt for any frame that fails authentication; after a failure
// the stream is dead (the caller closes the connection).
class FrameOpener {
  public:
    FrameOpener(const LiveKey& key, const LiveStreamHeader& header);
    ~FrameOpener();
    FrameOpener(const FrameOpener&) = delete;
    FrameOpener& operator=(const FrameOpener&) = delete;
    bool Valid() const { return m_valid; }
    std::optional<Bytes> Open(std::span<const uint8_t> ciphertext);

  private:
    std::unique_ptr<LiveStreamState> m_state;
    bool m_valid = false;
};

} // namespace hd
