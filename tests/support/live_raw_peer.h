// A hand-driven reporter for attack tests: blocking Asio socket on 127.0.0.1, frames sent and read
// one by one, so a test can tamper with, replay or oversize exactly one frame.
#pragma once
#include <asio.hpp>
#include <poll.h>

#include <memory>
#include <optional>

#include "core/live/live_crypto.h"
#include "core/live/live_protocol.h"

namespace hd::test {

class RawPeer {
  public:
    explicit RawPeer(uint16_t port) : m_socket(m_io) {
        asio::error_code ec;
        m_socket.connect({asio::ip::make_address("127.0.0.1"), port}, ec);
        m_connected = !ec;
    }
    bool Connected() const { return m_connected; }

    void SendBytes(const Bytes& bytes) {
        asio::error_code ec;
        asio::write(m_socket, asio::buffer(bytes), ec);
    }
    void SendFrame(std::span<const uint8_t> payload) { SendBytes(Frame(payload)); }

    // The next frame, or nullopt when the host closed the connection or nothing came in time.
    std::optional<Bytes> ReadFrame(int timeout_ms = 2000) {
        for (;;) {
            if (auto f = m_reader.Next()) return f;
            pollfd p{m_socket.native_handle(), POLLIN, 0};
            if (::poll(&p, 1, timeout_ms) <= 0) return std::nullopt;
            uint8_t buf[65536];
            asio::error_code ec;
            size_t n = m_socket.read_some(asio::buffer(buf), ec);
            if (ec || n == 0) {
                m_closed = true;
                return std::nullopt;
            }
            m_reader.Feed(std::span<const uint8_t>(buf, n));
        }
    }

    // True once the host closed the connection (reads until EOF, at most timeout_ms).
    bool ClosedByHost(int timeout_ms = 2000) {
        while (!m_closed) {
            if (!ReadFrame(timeout_ms) && !m_closed) return false;
        }
        return true;
    }

    // Runs the real client handshake with `code`; true when the host welcomed us.
    bool Join(const std::string& code, char reporter, const KdfStrength& kdf = KdfStrength::FastForTests()) {
        LiveClientHello hello;
        hello.nonce = RandomNonce();
        SendFrame(EncodeClientHello(hello));
        auto frame = ReadFrame();
        if (!frame) return false;
        auto sh = DecodeServerHello(*frame);
        if (!sh || sh->refusal != LiveRefusal::None) return false;
        LiveKey master = DeriveMasterKey(*NormalizeJoinCode(code), sh->salt, kdf);
        LiveSessionKeys keys = DeriveSessionKeys(master, hello.nonce, sh->nonce);
        m_opener = std::make_unique<FrameOpener>(keys.host_to_client, sh->stream_header);
        m_sealer = std::make_unique<FrameSealer>(keys.client_to_host);
        SendFrame(m_sealer->Header());
        SendFrame(Seal(LiveJoin{reporter, "raw-peer"}));
        auto welcome = ReadFrame();
        if (!welcome) return false;
        auto plain = m_opener->Open(*welcome);
        if (!plain) return false;
        auto msg = DecodeMessage(*plain);
        return msg && std::holds_alternative<LiveWelcome>(*msg);
    }

    Bytes Seal(const LiveMessage& m) { return m_sealer->Seal(EncodeMessage(m)); }

    // The next sealed message from the host, skipping pings.
    std::optional<LiveMessage> ReadMessage(int timeout_ms = 2000) {
        for (;;) {
            auto frame = ReadFrame(timeout_ms);
            if (!frame) return std::nullopt;
            auto plain = m_opener->Open(*frame);
            if (!plain) return std::nullopt;
            auto msg = DecodeMessage(*plain);
            if (msg && std::holds_alternative<LivePing>(*msg)) continue;
            return msg;
        }
    }

  private:
    asio::io_context m_io;
    asio::ip::tcp::socket m_socket;
    FrameReader m_reader;
    std::unique_ptr<FrameSealer> m_sealer;
    std::unique_ptr<FrameOpener> m_opener;
    bool m_connected = false;
    bool m_closed = false;
};

} // namespace hd::test
