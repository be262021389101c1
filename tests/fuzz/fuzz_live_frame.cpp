// Fuzzes what the live link reads from the network before and after decryption
// (core/live_protocol.h): frame splitting, the plaintext hellos and the sealed messages' payloads.
// Decoders must return nullopt for anything malformed, never throw or crash; what decodes must
// encode and decode to the same kind of message.
#include <cstddef>
#include <cstdint>
#include <span>

#include "core/live/live_protocol.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::span<const uint8_t> bytes(data, size);

    hd::PeekHelloVersion(bytes);
    if (auto hello = hd::DecodeClientHello(bytes)) HD_FUZZ_CHECK(hd::DecodeClientHello(hd::EncodeClientHello(*hello)));
    if (auto hello = hd::DecodeServerHello(bytes)) {
        if (hello->version == hd::kLiveProtocolVersion)
            HD_FUZZ_CHECK(hd::DecodeServerHello(hd::EncodeServerHello(*hello)));
    }
    if (auto message = hd::DecodeMessage(bytes)) {
        auto again = hd::DecodeMessage(hd::EncodeMessage(*message));
        HD_FUZZ_CHECK(again && again->index() == message->index());
    }

    // The same bytes as a TCP stream arriving in uneven pieces, with a small frame cap.
    hd::FrameReader reader(4096);
    size_t pos = 0, step = 1;
    while (pos < size) {
        size_t n = std::min(step, size - pos);
        reader.Feed(bytes.subspan(pos, n));
        pos += n;
        step = step * 3 + 1;
        while (auto frame = reader.Next()) {
            HD_FUZZ_CHECK(frame->size() <= 4096);
            hd::DecodeMessage(*frame);
        }
        if (reader.Oversized()) break;
    }
    return 0;
}
