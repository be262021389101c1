#include "core/live/live_crypto.h"

#include <sodium.h>

#include <mutex>
#include <stdexcept>

#include "core/base/errors.h"

namespace hd {
// The header states these sizes without including <sodium.h>; they must be libsodium's.
static_assert(kLiveSaltBytes == crypto_pwhash_SALTBYTES);
static_assert(kLiveStreamHeaderBytes == crypto_secretstream_xchacha20poly1305_HEADERBYTES);
static_assert(kLiveSealOverhead == crypto_secretstream_xchacha20poly1305_ABYTES);
static_assert(KdfStrength{}.opslimit == crypto_pwhash_OPSLIMIT_INTERACTIVE);
static_assert(KdfStrength{}.memlimit == crypto_pwhash_MEMLIMIT_INTERACTIVE);
static_assert(KdfStrength::FastForTests().opslimit == crypto_pwhash_OPSLIMIT_MIN);
static_assert(KdfStrength::FastForTests().memlimit == crypto_pwhash_MEMLIMIT_MIN);

struct LiveStreamState {
    crypto_secretstream_xchacha20poly1305_state state{};
    ~LiveStreamState() { sodium_memzero(&state, sizeof state); } // key material
};
namespace {
// Crockford base32: digits and letters without I, L, O, U, so a code read aloud is unambiguous.
constexpr std::string_view kCodeAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
static_assert(kCodeAlphabet.size() == 32);

constexpr std::string_view kC2sLabel = "hearing-desk live c2s";
constexpr std::string_view kS2cLabel = "hearing-desk live s2c";

LiveKey DirectionKey(const LiveKey& master, std::string_view label, const LiveNonce& cn,
                     const LiveNonce& hn) {
    LiveKey out{};
    crypto_generichash_state st;
    crypto_generichash_init(&st, master.data(), master.size(), out.size());
    crypto_generichash_update(&st, reinterpret_cast<const uint8_t*>(label.data()), label.size());
    crypto_generichash_update(&st, cn.data(), cn.size());
    crypto_generichash_update(&st, hn.data(), hn.size());
    crypto_generichash_final(&st, out.data(), out.size());
    return out;
}
} // namespace

void EnsureSodium() {
    static std::once_flag once;
    static int result = 0;
    std::call_once(once, [] { result = sodium_init(); });
    if (result < 0) throw std::runtime_error("libsodium could not be initialised");
}

std::string GenerateJoinCode() {
    EnsureSodium();
    std::string code;
    for (size_t i = 0; i < kJoinCodeSymbols; ++i)
        code += kCodeAlphabet[randombytes_uniform(32)];
    return FormatJoinCode(code);
}

std::optional<std::string> NormalizeJoinCode(std::string_view typed) {
    std::string out;
    for (char c : typed) {
        if (c == '-' || c == ' ' || c == '\t') continue;
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (c == 'O') c = '0';
        if (c == 'I' || c == 'L') c = '1';
        if (kCodeAlphabet.find(c) == std::string_view::npos) return std::nullopt;
        out += c;
    }
    if (out.size() != kJoinCodeSymbols) return std::nullopt;
    return out;
}

std::string FormatJoinCode(std::string_view normalized) {
    std::string s(normalized);
    if (s.size() == kJoinCodeSymbols) s.insert(kJoinCodeSymbols / 2, 1, '-');
    return s;
}

LiveSalt RandomSalt() {
    EnsureSodium();
    LiveSalt s{};
    randombytes_buf(s.data(), s.size());
    return s;
}

LiveNonce RandomNonce() {
    EnsureSodium();
    LiveNonce n{};
    randombytes_buf(n.data(), n.size());
    return n;
}

std::string ToHex(std::span<const uint8_t> bytes) {
    static const char* hex = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (uint8_t b : bytes) {
        out += hex[b >> 4];
        out += hex[b & 15];
    }
    return out;
}

std::optional<Bytes> FromHex(std::string_view hex) {
    if (hex.size() % 2) return std::nullopt;
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    Bytes out;
    for (size_t i = 0; i < hex.size(); i += 2) {
        int hi = nibble(hex[i]), lo = nibble(hex[i + 1]);
        if (hi < 0 || lo < 0) return std::nullopt;
        out.push_back(static_cast<uint8_t>(hi * 16 + lo));
    }
    return out;
}

LiveKey DeriveMasterKey(std::string_view normalized_code, const LiveSalt& salt, const KdfStrength& strength) {
    EnsureSodium();
    LiveKey key{};
    if (crypto_pwhash(key.data(), key.size(), normalized_code.data(), normalized_code.size(), salt.data(),
                      strength.opslimit, static_cast<size_t>(strength.memlimit),
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw UserError("live.err_kdf_memory", "Not enough memory to derive the live link key.");
    return key;
}

LiveSessionKeys DeriveSessionKeys(const LiveKey& master, const LiveNonce& client_nonce,
                                  const LiveNonce& host_nonce) {
    LiveSessionKeys k;
    k.client_to_host = DirectionKey(master, kC2sLabel, client_nonce, host_nonce);
    k.host_to_client = DirectionKey(master, kS2cLabel, client_nonce, host_nonce);
    return k;
}

FrameSealer::FrameSealer(const LiveKey& key) : m_state(std::make_unique<LiveStreamState>()) {
    EnsureSodium();
    crypto_secretstream_xchacha20poly1305_init_push(&m_state->state, m_header.data(), key.data());
}

FrameSealer::~FrameSealer() = default;

Bytes FrameSealer::Seal(std::span<const uint8_t> plaintext) {
    Bytes out(plaintext.size() + kLiveSealOverhead);
    unsigned long long len = 0;
    crypto_secretstream_xchacha20poly1305_push(&m_state->state, out.data(), &len, plaintext.data(), plaintext.size(),
                                               nullptr, 0, crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    out.resize(static_cast<size_t>(len));
    return out;
}

FrameOpener::FrameOpener(const LiveKey& key, const LiveStreamHeader& header)
    : m_state(std::make_unique<LiveStreamState>()) {
    EnsureSodium();
    m_valid = crypto_secretstream_xchacha20poly1305_init_pull(&m_state->state, header.data(), key.data()) == 0;
}

FrameOpener::~FrameOpener() = default;

std::optional<Bytes> FrameOpener::Open(std::span<const uint8_t> ciphertext) {
    if (!m_valid || ciphertext.size() < kLiveSealOverhead) {
        m_valid = false;
        return std::nullopt;
    }
    Bytes out(ciphertext.size() - kLiveSealOverhead);
    unsigned long long len = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(&m_state->state, out.data(), &len, &tag, ciphertext.data(),
                                                   ciphertext.size(), nullptr, 0) != 0 ||
        tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE) {
        m_valid = false;
        return std::nullopt;
    }
    out.resize(static_cast<size_t>(len));
    return out;
}

} // namespace hd
