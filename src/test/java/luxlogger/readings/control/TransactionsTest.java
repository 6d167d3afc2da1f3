package luxlogger.readings.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Writers take turns in the JVM, so that SQLite never sees a second writer (SQLITE_BUSY_SNAPSHOT). */
class TransactionsTest {

    private static UserTransaction transaction() {
        return (UserTransaction) Proxy.newProxyInstance(
                TransactionsTest.class.getClassLoader(),
                new Class<?>[] {UserTransaction.class},
                (proxy, method, args) -> method.getName().equals("getStatus") ? Status.STATUS_NO_TRANSACTION : null);
    }

    @Test
    void aSecondWriterWaitsUntilTheFirstHasCommitted() throws Exception {
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Runnable writer = () -> {
            try {
                Transactions.write(transaction(), () -> {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    firstInside.countDown();
                    releaseFirst.await(5, TimeUnit.SECONDS);
                    inside.decrementAndGet();
                    return null;
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        Thread first = new Thread(writer);
        first.start();
        assertThat(firstInside.await(5, TimeUnit.SECONDS)).isTrue();
        Thread second = new Thread(writer);
        second.start();
        // the second writer is blocked at the lock while the first holds it
        Thread.sleep(200);
        assertThat(second.getState()).isEqualTo(Thread.State.BLOCKED);

        releaseFirst.countDown();
        first.join(5_000);
        second.join(5_000);

        assertThat(most.get()).isOne();
        assertThat(second.isAlive()).isFalse();
    }
}
