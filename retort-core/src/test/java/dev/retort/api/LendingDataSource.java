package dev.retort.api;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource that lends a fixed set of physical connections the way a pool does: {@code close()}
 * on a lent connection gives it back instead of ending its session, so a test can look at the
 * session state retort left behind. Counts the loans; fails a loan when every connection is out.
 */
final class LendingDataSource implements DataSource, AutoCloseable {
    private final List<Connection> physical = new ArrayList<>();
    private final List<Connection> free = new ArrayList<>();
    private int loans;
    private int mostOut;

    LendingDataSource(String jdbcUrl, int size) throws SQLException {
        for (int i = 0; i < size; i++) {
            Connection c = DriverManager.getConnection(jdbcUrl);
            physical.add(c);
            free.add(c);
        }
    }

    /** The physical connections, to inspect after retort gave them back. */
    List<Connection> physical() {
        return physical;
    }

    synchronized int loans() {
        return loans;
    }

    /** The most connections out at one time. */
    synchronized int mostOut() {
        return mostOut;
    }

    synchronized boolean allReturned() {
        return free.size() == physical.size();
    }

    @Override
    public synchronized Connection getConnection() throws SQLException {
        if (free.isEmpty()) {
            throw new SQLException("pool exhausted: all " + physical.size() + " connections are lent");
        }
        Connection c = free.remove(free.size() - 1);
        loans++;
        mostOut = Math.max(mostOut, physical.size() - free.size());
        boolean[] returned = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        synchronized (this) {
                            if (!returned[0]) {
                                returned[0] = true;
                                free.add(c);
                            }
                        }
                        return null;
                    }
                    if (method.getName().equals("isClosed")) {
                        return returned[0];
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public void close() throws SQLException {
        for (Connection c : physical) {
            c.close();
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
