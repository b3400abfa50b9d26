package org.feedgym.simulator.run;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The binary form of {@link EpisodeRecord}s in a segment of episodes ({@link Episodes}): every
 * component in declaration order, doubles as their raw bits (so NaN payloads, infinities and
 * -0.0 come back as they went in), arrays length-first, and the strings (agent, persona, end
 * reason) as numbers into a dictionary that the segment builds as it goes: a string's first
 * occurrence is written in full after its new number. A segment is read back with a fresh
 * {@link Reader} in the order it was written with a fresh {@link Writer}.
 */
final class EpisodeCodec {

    private EpisodeCodec() {
    }

    /** Writes records, numbering each distinct string at its first occurrence. */
    static final class Writer {
        private final DataOutput out;
        private final Map<String, Integer> strings = new HashMap<>();

        Writer(DataOutput out) {
            this.out = out;
        }

        void write(EpisodeRecord e) throws IOException {
            string(e.agent());
            out.writeInt(e.replicate());
            out.writeInt(e.user());
            out.writeLong(e.seed());
            string(e.persona());
            number(e.totalReturn());
            out.writeInt(e.steps());
            out.writeInt(e.sessions());
            number(e.watchSeconds());
            out.writeInt(e.likes());
            out.writeInt(e.shares());
            out.writeInt(e.comments());
            out.writeInt(e.downloads());
            out.writeInt(e.hates());
            out.writeInt(e.harmfulItems());
            number(e.harmfulWatchSeconds());
            number(e.watchSecondsToFirstHarmful());
            out.writeInt(e.itemsToFirstHarmful());
            number(e.topicEntropyBits());
            number(e.majorityTopicShare());
            number(e.intraListDiversity());
            number(e.interestDrift());
            numbers(e.harmfulShareByCheckpoint());
            number(e.similarAfterTrigger());
            string(e.endReason());
            numbers(e.harmfulShareByItemCheckpoint());
            numbers(e.harmClassShare());
            numbers(e.harmClassSecondsToFirst());
            number(e.unwantedReturnItems());
            number(e.unwantedReturnMinutes());
            number(e.unwantedReturnedShare());
            number(e.bepDistance());
            number(e.bepEntropyGain());
            number(e.bepShareDrop());
        }

        private void string(String s) throws IOException {
            Integer known = strings.get(s);
            if (known != null) {
                out.writeInt(known);
                return;
            }
            int next = strings.size();
            strings.put(s, next);
            out.writeInt(next);
            out.writeUTF(s);
        }

        private void number(double v) throws IOException {
            out.writeLong(Double.doubleToRawLongBits(v));
        }

        private void numbers(double[] v) throws IOException {
            out.writeInt(v.length);
            for (double x : v) {
                number(x);
            }
        }
    }

    /** Reads back what a {@link Writer} wrote, record by record. */
    static final class Reader {
        private final DataInput in;
        private final List<String> strings = new ArrayList<>();

        Reader(DataInput in) {
            this.in = in;
        }

        EpisodeRecord read() throws IOException {
            return new EpisodeRecord(string(), in.readInt(), in.readInt(), in.readLong(), string(), number(),
                    in.readInt(), in.readInt(), number(), in.readInt(), in.readInt(), in.readInt(), in.readInt(),
                    in.readInt(), in.readInt(), number(), number(), in.readInt(), number(), number(), number(),
                    number(), numbers(), number(), string(), numbers(), numbers(), numbers(), number(), number(),
                    number(), number(), number(), number());
        }

        private String string() throws IOException {
            int index = in.readInt();
            if (index == strings.size()) {
                strings.add(in.readUTF());
            } else if (index < 0 || index > strings.size()) {
                throw new IOException("corrupt episode segment: string " + index + " of " + strings.size());
            }
            return strings.get(index);
        }

        private double number() throws IOException {
            return Double.longBitsToDouble(in.readLong());
        }

        private double[] numbers() throws IOException {
            int n = in.readInt();
            if (n < 0) {
                throw new IOException("corrupt episode segment: array of length " + n);
            }
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = number();
            }
            return v;
        }
    }
}
