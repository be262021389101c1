// Live link wire protocol: framing, the plaintext handshake and the (encrypted) messages.
//
// Every frame on the TCP stream is a 4-byte big-endian length followed by that many bytes; a length
// above the cap closes the connection before anything is allocated.
// Handshake (plaintext, carries no secrets):
//   client -> host  ClientHello  "HDLK" + u32 version + {nonce}
//   host -> client  ServerHello  "HDLK" + u32 version + {refusal, salt, kdf strength, nonce, s2c stream
//   header} client -> host  c2s stream header (24 bytes), then only sealed frames follow in both directions.
// The magic and version come first and never change shape, so builds speaking different protocol
// versions read each other's version and refuse clearly instead of misparsing.
// Sealed frames carry one LiveMessage, serialised with cereal's portable binary archive.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "core/live/live_crypto.h"
#include "core/store/store.h"

namespace hd {

inline constexpr uint32_t kLiveProtocolVersion = 1;
// A maximal note plus its envelope; anything longer is misbehaviour, not data.
inline constexpr size_t kLiveMaxFrameBytes = kMaxNoteBytes + 64 * 1024;

enum class LiveRefusal : uint8_t {
    None = 0,
    VersionMismatch = 1, // the peer speaks another protocol version
    RateLimited = 2,     // too many failed joins from this address; wait and retry
    Busy = 3,            // too many connections
    BadCode = 4,         // the join code is wrong (or revoked)
    ReporterTaken = 5,   // another laptop is connected as this reporter
    Revoked = 6,         // the facilitator revoked the code during the session
    HearingClosed = 7,   // the hearing's minutes are approved: notes are not accepted (none acknowledged)
};

// [SECTION] Handshake
struct LiveClientHello {
    uint32_t version = kLiveProtocolVersion;
    LiveNonce nonce{};
};

struct LiveServerHello {
    uint32_t version = kLiveProtocolVersion;
    LiveRefusal refusal = LiveRefusal::None;
    LiveSalt salt{};
    uint64_t opslimit = 0;
    uint64_t memlimit = 0;
    LiveNonce nonce{};
    LiveStreamHeader stream_header{};
    // RateLimited: seconds until this address may try again (issue 16). Appended after the version 1
    // body and read only when present, so builds with and without it still understand each other.
    uint32_t retry_after_s = 0;
};

// [SECTION] Sealed messages
// Reporter -> host, first sealed frame: who is joining.
struct LiveJoin {
    char reporter = 'A';
    std::string client_id; // random per reporter plan file (live_identity)
};

struct LiveParticipantInfo {
    std::string uuid, name, organisation, discipline;
    bool consent_named = false;
};

struct LiveQuestionInfo {
    std::string text;
    int budget_minutes = 15;
};

// What a reporter needs to take notes for the hearing.
struct LiveHearingInfo {
    std::string hearing_uuid, date, location, moderator;
    std::string theme_title, problem_statement, context;
    std::vector<LiveQuestionInfo> questions;
    std::vector<LiveParticipantInfo> participants;
};

// The hearing clock and current question, as the facilitator runs them.
struct LiveTimerState {
    int current_question = 0;
    bool running = false;
    int64_t offset_ms = 0; // hearing clock when sent
    int64_t question_started_offset_ms = 0;
};

// Host -> reporter after a successful join.
struct LiveWelcome {
    LiveHearingInfo hearing;
    LiveTimerState timer;
    std::vector<std::string> promoted; // notes on the projected wall
};

// One version of one note. Edits and deletions are later versions of the same uuid.
struct LiveNoteVersion {
    uint64_t send_id = 0; // per connection, increasing; acknowledged cumulatively
    std::string uuid;
    int version = 1;
    int64_t seq = 0;
    int64_t offset_ms = 0;
    int64_t wall_time_ms = 0;
    std::string speaker_uuid; // participant ids differ between plan files; uuids do not
    std::string text;
    std::string kind;  // ToKey(NoteKind)
    std::string chain; // ToKey(SafetyChain)
    bool deleted = false;
    int64_t changed_at_ms = 0;
    std::string changed_by;
    int64_t pending_after = 0; // how many more the reporter has queued behind this one
};

// Host -> reporter: every note version with send_id <= upto is committed in the facilitator's plan.
struct LiveAck {
    uint64_t upto = 0;
};

struct LivePromote {
    std::string note_uuid;
};

// Keep-alive in both directions; the reporter tells how far behind it is (versions not yet sent).
struct LivePing {
    int64_t pending = 0;
};

struct LiveRefused {
    LiveRefusal reason = LiveRefusal::None;
};

using LiveMessage = std::variant<LiveJoin, LiveWelcome, LiveNoteVersion, LiveAck, LiveTimerState, LivePromote,
                                 LivePing, LiveRefused>;

// [SECTION] Encoding. Decoders return nullopt for anything malformed, never throw.
Bytes EncodeClientHello(const LiveClientHello& hello);
Bytes EncodeServerHello(const LiveServerHello& hello);
// Reads the fixed prefix only: the peer's protocol version, or nullopt when it is not our magic.
std::optional<uint32_t> PeekHelloVersion(std::span<const uint8_t> payload);
std::optional<LiveClientHello> DecodeClientHello(std::span<const uint8_t> payload);
// A hello whose version differs from `expected` decodes as a VersionMismatch refusal carrying the
// peer's version (its body layout is unknown to us).
std::optional<LiveServerHello> DecodeServerHello(std::span<const uint8_t> payload,
                                                 uint32_t expected = kLiveProtocolVersion);

Bytes EncodeMessage(const LiveMessage& message);
std::optional<LiveMessage> DecodeMessage(std::span<const uint8_t> payload);

// [SECTION] Framing
void AppendFrame(Bytes& out, std::span<const uint8_t> payload);
inline Bytes Frame(std::span<const uint8_t> payload) {
    Bytes out;
    AppendFrame(out, payload);
    return out;
}

// Splits a byte stream into frames. Feed() what arrived; Next() yields complete frames.
class FrameReader {
  public:
    explicit FrameReader(size_t max_frame_bytes = kLiveMaxFrameBytes) : m_max(max_frame_bytes) {}
    void Feed(std::span<const uint8_t> data);
    // The next complete frame, or nullopt when more bytes are needed (or the stream is oversized).
    std::optional<Bytes> Next();
    // True once a frame announced more than the cap: the connection must be closed.
    bool Oversized() const { return m_oversized; }

  private:
    Bytes m_buffer;
    size_t m_pos = 0;
    size_t m_max;
    bool m_oversized = false;
};

// [SECTION] Refusals as a user reads them (translation key + English)
struct LiveRefusalText {
    const char* key;
    const char* english;
};
LiveRefusalText DescribeRefusal(LiveRefusal r);

} // namespace hd
