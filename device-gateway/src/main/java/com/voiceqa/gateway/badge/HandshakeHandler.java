package com.voiceqa.gateway.badge;

import com.voiceqa.badge.BadgeFrame;
import com.voiceqa.badge.ChallengeResponse;
import com.voiceqa.badge.ErrorCode;
import com.voiceqa.badge.FrameType;
import com.voiceqa.badge.Payloads;
import com.voiceqa.badge.ProtocolException;
import com.voiceqa.core.id.DeviceId;
import com.voiceqa.gateway.auth.DeviceDirectory;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * HELLO → CHALLENGE → AUTH → WELCOME. A fresh nonce per connection and a single AUTH attempt make a recorded answer
 * useless (replay); an unknown device gets a challenge like any other and the same AUTH_FAILED, so the server does
 * not reveal which device ids exist. On success this handler replaces itself with the call handler.
 */
public final class HandshakeHandler extends SimpleChannelInboundHandler<BadgeFrame> {

    private final DeviceDirectory devices;
    private final Duration timeout;
    private final Payloads.Welcome welcome;
    private final Function<DeviceId, ChannelHandler> callHandler;
    private ScheduledFuture<?> deadline;
    private DeviceId deviceId;
    private byte[] nonce;

    /** @param callHandler makes the handler that serves the authenticated device's calls */
    public HandshakeHandler(DeviceDirectory devices, Duration timeout, Payloads.Welcome welcome,
                            Function<DeviceId, ChannelHandler> callHandler) {
        this.devices = devices;
        this.timeout = timeout;
        this.welcome = welcome;
        this.callHandler = callHandler;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        deadline = ctx.executor().schedule(() -> ctx.fireExceptionCaught(new ProtocolException(ErrorCode.TIMEOUT,
                "authenticate within " + timeout.toSeconds() + " s of connecting")), timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        deadline.cancel(false);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, BadgeFrame frame) {
        if (frame.type() == FrameType.HELLO && deviceId == null) {
            try {
                deviceId = new DeviceId(Payloads.parseHello(frame.payload()));
            } catch (IllegalArgumentException e) {
                throw new ProtocolException(ErrorCode.MALFORMED_PAYLOAD, "HELLO: " + e.getMessage());
            }
            nonce = ChallengeResponse.newNonce();
            ctx.writeAndFlush(new BadgeFrame(FrameType.CHALLENGE, BadgeFrame.NO_CALL, 0, nonce.clone()));
        } else if (frame.type() == FrameType.AUTH && nonce != null) {
            byte[] challenge = nonce;
            nonce = null;
            boolean ok = devices.secret(deviceId.value())
                    .map(secret -> ChallengeResponse.verify(secret, challenge, deviceId.value(), frame.payload()))
                    .orElse(false);
            if (!ok) {
                throw new ProtocolException(ErrorCode.AUTH_FAILED,
                        "authentication failed: unknown device or wrong secret");
            }
            ctx.writeAndFlush(new BadgeFrame(FrameType.WELCOME, BadgeFrame.NO_CALL, 0, welcome.encode()));
            ctx.pipeline().replace(this, "calls", callHandler.apply(deviceId));
        } else {
            throw new ProtocolException(ErrorCode.UNEXPECTED_FRAME,
                    frame.type() + " before the handshake finished; send HELLO, then AUTH");
        }
    }
}
