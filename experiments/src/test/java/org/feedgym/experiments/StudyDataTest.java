package org.feedgym.experiments;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class StudyDataTest {

    @Test
    void missingDataFailsUnderCi() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> StudyData.require("the check", false, "true"));
        assertTrue(e.getMessage().contains("CI=true: the check needs it"), e.getMessage());
    }

    @Test
    void missingDataSkipsOutsideCi() {
        assertThrows(TestAbortedException.class, () -> StudyData.require("the check", false, null));
        assertThrows(TestAbortedException.class, () -> StudyData.require("the check", false, "false"));
    }

    @Test
    void presentDataRunsEverywhere() {
        assertDoesNotThrow(() -> StudyData.require("the check", true, "true"));
    }
}
