// [SECTION] index
//   cereal serialisation of the messages / handshake encoding / message encoding / framing / refusals
#include "core/live/live_protocol.h"

#include <cstring>
#include <ostream>
#include <sstream>
#include <type_traits>

#include <cereal/archives/portable_binary.hpp>
#include <cereal/types/array.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/variant.hpp>
#include <cereal/types/vector.hpp>

#include "core/live/bounded_binary_archive.h"

namespace hd {

// Same bytes as cereal's vector: a size tag, then the elements. When reading, the list grows as
// elements are actually read instead of being resized to a count the peer chose.
template <class Archive, class T> void SerializeList(Archive& ar, std::vector<T>& list) {
    if constexpr (std::is_same_v<Archive, BoundedBinaryInputArchive>) {
        cereal::size_type count = 0;
        ar(cereal::make_size_tag(count)); // refused when larger than the bytes left
        list.clear();
        for (cereal::size_type i = 0; i < count; ++i) {
            T item{};
            ar(item);
            list.push_back(std::move(item));
        }
    } else {
        ar(list);
    }
}

// [SECTION] cereal serialisation (field order is the wire format: append only, bump the version)
template <class Archive> void serialize(Archive& ar, LiveClientHello& m) {
    ar(m.nonce);
}
template <class Archive> void serialize(Archive& ar, LiveServerHello& m) {
    ar(m.refusal, m.salt, m.opslimit, m.memlimit, m.nonce, m.stream_header);
    // An optional tail: an older host sends none (0 = not said); an older client ignores the bytes
    // after the fields it knows (DecodeHello reads no further), so the protocol version stays 1.
    if constexpr (std::is_same_v<Archive, BoundedBinaryInputArchive>) {
        if (ar.Remaining() >= sizeof m.retry_after_s) ar(m.retry_after_s);
    } else {
        ar(m.retry_after_s);
    }
}
template <class Archive> void serialize(Archive& ar, LiveJoin& m) {
    ar(m.reporter, m.client_id);
}
template <class Archive> void serialize(Archive& ar, LiveParticipantInfo& m) {
    ar(m.uuid, m.name, m.organisation, m.discipline, m.consent_named);
}
template <class Archive> void serialize(Archive& ar, LiveQuestionInfo& m) {
    ar(m.text, m.budget_minutes);
}
template <class Archive> void serialize(Archive& ar, LiveHearingInfo& m) {
    ar(m.hearing_uuid, m.date, m.location, m.moderator, m.theme_title, m.problem_statement, m.context);
    SerializeList(ar, m.questions);
    SerializeList(ar, m.participants);
}
template <class Archive> void serialize(Archive& ar, LiveTimerState& m) {
    ar(m.current_question, m.running, m.offset_ms, m.question_started_offset_ms);
}
template <class Archive> void serialize(Archive& ar, LiveWelcome& m) {
    ar(m.hearing, m.timer);
    SerializeList(ar, m.promoted);
}
template <class Archive> void serialize(Archive& ar, LiveNoteVersion& m) {
    ar(m.send_id, m.uuid, m.version, m.seq, m.offset_ms, m.wall_time_ms, m.speaker_uuid, m.text, m.kind,
       m.chain, m.deleted, m.changed_at_ms, m.changed_by, m.pending_after);
}
template <class Archive> void serialize(Archive& ar, LiveAck& m) {
    ar(m.upto);
}
template <class Archive> void serialize(Archive& ar, LivePromote& m) {
    ar(m.note_uuid);
}
template <class Archive> void serialize(Archive& ar, LivePing& m) {
    ar(m.pending);
}
template <class Archive> void serialize(Archive& ar, LiveRefused& m) {
    ar(m.reason);
}

namespace {
constexpr uint8_t kMagic[4] = {'H', 'D', 'L', 'K'};
constexpr size_t kPrefixBytes = 8;

void PutU32(Bytes& out, uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(static_cast<uint8_t>(v >> shift));
}
uint32_t GetU32(const uint8_t* p) {
    return (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | uint32_t(p[3]);
}

template <class T> Bytes EncodeHello(uint32_t version, const T& body) {
    std::ostringstream os;
    {
        cereal::PortableBinaryOutputArchive ar(os);
        ar(const_cast<T&>(body));
    }
    std::string s = os.str();
    Bytes out(kMagic, kMagic + 4);
    PutU32(out, version);
    out.insert(out.end(), s.begin(), s.end());
    return out;
}

template <class T> std::optional<T> DecodeHello(std::span<const uint8_t> payload) {
    auto version = PeekHelloVersion(payload);
    if (!version) return std::nullopt;
    T body;
    try {
        BoundedBinaryInputArchive ar(payload.subspan(kPrefixBytes));
        ar(body);
    } catch (const std::exception&) {
        return std::nullopt;
    }
    body.version = *version;
    return body;
}
} // namespace

// [SECTION] Handshake encoding
Bytes EncodeClientHello(const LiveClientHello& hello) {
    return EncodeHello(hello.version, hello);
}
Bytes EncodeServerHello(const LiveServerHello& hello) {
    return EncodeHello(hello.version, hello);
}

std::optional<uint32_t> PeekHelloVersion(std::span<const uint8_t> payload) {
    if (payload.size() < kPrefixBytes || std::memcmp(payload.data(), kMagic, 4) != 0) return std::nullopt;
    return GetU32(payload.data() + 4);
}

std::optional<LiveClientHello> DecodeClientHello(std::span<const uint8_t> payload) {
    return DecodeHello<LiveClientHello>(payload);
}

std::optional<LiveServerHello> DecodeServerHello(std::span<const uint8_t> payload, uint32_t expected) {
    // A refusal for a version mismatch may carry only the prefix: the body layout is version specific.
    auto version = PeekHelloVersion(payload);
    if (version && *version != expected) {
        LiveServerHello h;
        h.version = *version;
        h.refusal = LiveRefusal::VersionMismatch;
        return h;
    }
    return DecodeHello<LiveServerHello>(payload);
}

// [SECTION] Message encoding
Bytes EncodeMessage(const LiveMessage& message) {
    std::ostringstream os;
    {
        cereal::PortableBinaryOutputArchive ar(os);
        ar(const_cast<LiveMessage&>(message));
    }
    std::string s = os.str();
    return Bytes(s.begin(), s.end());
}

std::optional<LiveMessage> DecodeMessage(std::span<const uint8_t> payload) {
    // Only authenticated peers get here, but a buggy or hostile one must neither crash the host nor
    // make it allocate more than a small multiple of the frame: the bounded archive refuses lengths
    // the payload cannot back.
    try {
        BoundedBinaryInputArchive ar(payload);
        LiveMessage m;
        ar(m);
        return m;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

// [SECTION] Framing
void AppendFrame(Bytes& out, std::span<const uint8_t> payload) {
    PutU32(out, static_cast<uint32_t>(payload.size()));
    out.insert(out.end(), payload.begin(), payload.end());
}

void FrameReader::Feed(std::span<const uint8_t> data) {
    // Compact lazily so a long-lived connection does not grow its buffer forever.
    if (m_pos > 0 && m_pos * 2 > m_buffer.size()) {
        m_buffer.erase(m_buffer.begin(), m_buffer.begin() + static_cast<std::ptrdiff_t>(m_pos));
        m_pos = 0;
    }
    m_buffer.insert(m_buffer.end(), data.begin(), data.end());
}

std::optional<Bytes> FrameReader::Next() {
    if (m_oversized) return std::nullopt;
    size_t avail = m_buffer.size() - m_pos;
    if (avail < 4) return std::nullopt;
    size_t len = GetU32(m_buffer.data() + m_pos);
    if (len > m_max) {
        m_oversized = true;
        return std::nullopt;
    }
    if (avail < 4 + len) return std::nullopt;
    auto begin = m_buffer.begin() + static_cast<std::ptrdiff_t>(m_pos + 4);
    Bytes frame(begin, begin + static_cast<std::ptrdiff_t>(len));
    m_pos += 4 + len;
    return frame;
}

// [SECTION] Refusals
LiveRefusalText DescribeRefusal(LiveRefusal r) {
    switch (r) {
    case LiveRefusal::None:
        return {"live.refused_none", "Connected."};
    case LiveRefusal::VersionMismatch:
        return {"live.refused_version", "The facilitator's Hearing Desk speaks another version of the live "
                                        "link; install the same version "
                                        "on both laptops."};
    case LiveRefusal::RateLimited:
        return {"live.refused_rate",
                "Too many wrong join codes from this network address; wait a minute and try again."};
    case LiveRefusal::Busy:
        return {"live.refused_busy", "The facilitator's laptop accepts no more connections now."};
    case LiveRefusal::BadCode:
        return {"live.refused_code", "The join code is not right (or was revoked)."};
    case LiveRefusal::ReporterTaken:
        return {"live.refused_taken", "Another laptop is already connected as this reporter."};
    case LiveRefusal::Revoked:
        return {"live.refused_revoked", "The facilitator revoked the join code."};
    case LiveRefusal::HearingClosed:
        return {"live.refused_closed", "The facilitator's hearing is closed (its minutes were approved): notes are "
                                       "not accepted. Your notes stay saved on this laptop."};
    }
    return {"live.refused_unknown", "The facilitator refused the connection."};
}

} // namespace hd
