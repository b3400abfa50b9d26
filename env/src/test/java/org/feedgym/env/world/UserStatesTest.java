package org.feedgym.env.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.feedgym.env.random.MixStreams;
import org.junit.jupiter.api.Test;

class UserStatesTest {

    /** Bytes of every per-user array an object holds, its MixStreams' state words included. */
    private static long arrayBytes(Object holder) throws IllegalAccessException {
        long bytes = 0;
        for (Field field : holder.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            field.setAccessible(true);
            Object value = field.get(holder);
            if (value == null) {
                continue;
            }
            Class<?> type = value.getClass();
            if (type.isArray()) {
                bytes += (long) Array.getLength(value) * elementBytes(type.getComponentType());
            } else if (value instanceof MixStreams) {
                bytes += arrayBytes(value);
            }
        }
        return bytes;
    }

    private static int elementBytes(Class<?> type) {
        if (type == long.class || type == double.class) {
            return 8;
        }
        if (type == int.class || type == float.class) {
            return 4;
        }
        if (type == boolean.class || type == byte.class) {
            return 1;
        }
        throw new AssertionError("an array of " + type + " in UserStates: count it in bytesPerUser");
    }

    @Test
    void bytesPerUserCountsEveryArrayOfTheState() throws Exception {
        int n = 3;
        UserStates states = new UserStates(n, 5, 4, 7, 6);
        assertEquals(arrayBytes(states), n * UserStates.bytesPerUser(5, 4, 7, 6),
                "a field added to UserStates must be counted in bytesPerUser");
    }
}
