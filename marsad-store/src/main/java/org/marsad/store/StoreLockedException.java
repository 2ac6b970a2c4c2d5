package org.marsad.store;

import java.nio.file.Path;

/** Another process (or another open store in this one) holds the store. */
public final class StoreLockedException extends StoreException {
    StoreLockedException(Path dir, String pid) {
        super("the store " + dir + " is in use by another Marsad process"
                + (pid.isEmpty() ? "" : " (pid " + pid + ")")
                + "; stop it, or reach that store through the server's API");
    }
}
