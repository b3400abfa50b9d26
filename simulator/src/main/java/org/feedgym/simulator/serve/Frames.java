package org.feedgym.simulator.serve;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The frame format of {@code feedgym serve}: a 4-byte little-endian body length, a 1-byte
 * operation code, then the body. Arrays in a body are raw little-endian buffers (float32,
 * float64, int32, int64, and one byte per boolean), so the Python side reads them straight into
 * numpy; only the open handshake and the evaluation's request and answer are JSON text.
 *
 * <p>Requests (Python to Java) have codes below 0x80, answers 0x80 and above; the layout of
 * every body is described in the README's "From Python" section and next to each code here.
 */
public final class Frames {

    /** Open: UTF-8 JSON {@code {"config"|"configText", "source", "users", "single", "threads"}}. */
    public static final int OPEN = 0x01;
    /** Reset: int64[N] seeds, uint8 hasMask, then uint8[N] mask when hasMask is 1. */
    public static final int RESET = 0x02;
    /**
     * Step: int32[N] actions, uint8 hasReset, then int64[N] seeds and uint8[N] mask when hasReset
     * is 1 (the masked users are reset after the step: Gymnasium's next-step autoreset).
     */
    public static final int STEP = 0x03;
    /** Evaluate: UTF-8 JSON {@code {"config"|"configText", "source", "name", "out", "threads", "baselines"}}. */
    public static final int EVALUATE = 0x04;
    /** The policy's actions for an {@link #ACT}: int32[N]. */
    public static final int ACTIONS = 0x05;
    /** The policy failed: UTF-8 message; ends the evaluation with an {@link #ERROR}. */
    public static final int ABORT = 0x06;
    /** Bench: int32 steps, int64 seed; the same loop as the Python benchmark, run in Java. */
    public static final int BENCH = 0x07;
    /** Replay: int64 seed, int32 T, int32[T] actions; a fresh single-user environment plays them. */
    public static final int REPLAY = 0x08;
    /** Close: no body and no answer; the process exits. */
    public static final int CLOSE = 0x09;

    /** Answer to open: uint32 jsonLength, UTF-8 JSON of the spaces and names, float32[dim] low, float32[dim] high. */
    public static final int OPENED = 0x81;
    /** Answer to reset: {@link Outcomes#writeObservations observations}. */
    public static final int OBSERVED = 0x82;
    /** Answer to step: {@link Outcomes#writeStep outcomes and observations}. */
    public static final int STEPPED = 0x83;
    /** Evaluation asks the policy: uint32 round, uint32 N, uint32 dim, uint32 K, float32[N·dim], int32[N·K], uint8[N] active. */
    public static final int ACT = 0x84;
    /** Evaluation done: UTF-8 JSON {@code {"directory", "report", "table"}}. */
    public static final int EVALUATED = 0x85;
    /** Bench done: UTF-8 JSON of the figures. */
    public static final int BENCHED = 0x86;
    /**
     * Replay done: uint32 steps T, float64[T] rewards, float32[(T+1)·dim] observations,
     * int32[(T+1)·K] candidates, uint8[T] terminated, uint8[T] truncated.
     */
    public static final int REPLAYED = 0x87;
    /** Something failed: uint8 kind ({@link #CONFIG_ERROR}...), UTF-8 message. */
    public static final int ERROR = 0xE0;

    /** Error kind: the config (file, JSON path, rule). */
    public static final int CONFIG_ERROR = 1;
    /** Error kind: a request that cannot be served (bad action, step before reset...). */
    public static final int REQUEST_ERROR = 2;
    /** Error kind: a failure inside FeedGym. */
    public static final int INTERNAL_ERROR = 3;
    /** Error kind: the Python policy failed during an evaluation. */
    public static final int ABORTED = 4;

    private Frames() {
    }

    /**
     * One frame read from the stream.
     *
     * @param op   the operation code
     * @param body the body, little-endian, positioned at 0
     */
    public record Frame(int op, ByteBuffer body) {
        /** The whole body as UTF-8 text. */
        public String text() {
            byte[] b = new byte[body.remaining()];
            body.duplicate().get(b);
            return new String(b, StandardCharsets.UTF_8);
        }
    }

    /** Reads frames from one stream; the body buffer is reused, so a frame is valid until the next read. */
    public static final class Reader {
        private final InputStream in;
        private final byte[] header = new byte[5];
        private byte[] body = new byte[1 << 16];

        public Reader(InputStream in) {
            this.in = in;
        }

        /**
         * The next frame, or null when the stream ended between frames (the other side closed).
         *
         * @throws EOFException when the stream ends inside a frame
         */
        public Frame read() throws IOException {
            int got = readFully(header, 0, 5, true);
            if (got < 0) {
                return null;
            }
            int length = (header[0] & 0xff) | (header[1] & 0xff) << 8 | (header[2] & 0xff) << 16
                    | (header[3] & 0xff) << 24;
            if (length < 0) {
                throw new IOException("frame length out of range: " + Integer.toUnsignedString(length));
            }
            if (body.length < length) {
                body = new byte[Math.max(length, body.length * 2)];
            }
            readFully(body, 0, length, false);
            return new Frame(header[4] & 0xff, ByteBuffer.wrap(body, 0, length).slice().order(ByteOrder.LITTLE_ENDIAN));
        }

        private int readFully(byte[] b, int off, int len, boolean eofAllowed) throws IOException {
            int done = 0;
            while (done < len) {
                int r = in.read(b, off + done, len - done);
                if (r < 0) {
                    if (done == 0 && eofAllowed) {
                        return -1;
                    }
                    throw new EOFException("the stream ended inside a frame");
                }
                done += r;
            }
            return done;
        }
    }

    /** Builds frames in one reusable little-endian buffer and writes each whole. */
    public static final class Writer {
        private final OutputStream out;
        private ByteBuffer buf = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);

        public Writer(OutputStream out) {
            this.out = out;
        }

        /** Starts a frame with {@code bodyBytes} of body to come. */
        public Writer begin(int op, int bodyBytes) {
            int need = bodyBytes + 5;
            if (buf.capacity() < need) {
                buf = ByteBuffer.allocate(Math.max(need, buf.capacity() * 2)).order(ByteOrder.LITTLE_ENDIAN);
            }
            buf.clear();
            buf.putInt(bodyBytes);
            buf.put((byte) op);
            return this;
        }

        public Writer u8(int v) {
            buf.put((byte) v);
            return this;
        }

        public Writer i32(int v) {
            buf.putInt(v);
            return this;
        }

        public Writer i64(long v) {
            buf.putLong(v);
            return this;
        }

        public Writer f32(float[] a, int off, int len) {
            buf.asFloatBuffer().put(a, off, len);
            buf.position(buf.position() + 4 * len);
            return this;
        }

        public Writer f64(double[] a, int len) {
            buf.asDoubleBuffer().put(a, 0, len);
            buf.position(buf.position() + 8 * len);
            return this;
        }

        public Writer i32(int[] a, int len) {
            buf.asIntBuffer().put(a, 0, len);
            buf.position(buf.position() + 4 * len);
            return this;
        }

        public Writer u8(boolean[] a, int len) {
            for (int i = 0; i < len; i++) {
                buf.put(a[i] ? (byte) 1 : (byte) 0);
            }
            return this;
        }

        public Writer u8(byte[] a, int len) {
            buf.put(a, 0, len);
            return this;
        }

        /** Writes the frame and flushes; checks that the body had the announced length. */
        public void send() throws IOException {
            int bodyBytes = buf.getInt(0);
            if (buf.position() != bodyBytes + 5) {
                throw new IllegalStateException("frame body of " + (buf.position() - 5) + " bytes, announced "
                        + bodyBytes);
            }
            out.write(buf.array(), 0, buf.position());
            out.flush();
        }

        /** A frame whose body is UTF-8 text. */
        public void text(int op, String text) throws IOException {
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            begin(op, b.length).u8(b, b.length).send();
        }

        /** An error frame. */
        public void error(int kind, String message) throws IOException {
            byte[] b = (message == null ? "" : message).getBytes(StandardCharsets.UTF_8);
            begin(ERROR, b.length + 1).u8(kind).u8(b, b.length).send();
        }
    }
}
