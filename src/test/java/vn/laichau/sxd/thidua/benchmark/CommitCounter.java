package vn.laichau.sxd.thidua.benchmark;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/** Counts the commits the application makes on its DataSource (every transaction of the engine and of our code). */
class CommitCounter implements BeanPostProcessor {

  private final AtomicLong commits = new AtomicLong();

  long commits() {
    return commits.get();
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (!(bean instanceof DataSource dataSource)) {
      return bean;
    }
    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
      Object result = invoke(dataSource, method, args);
      return result instanceof Connection connection ? counting(connection) : result;
    });
  }

  private Connection counting(Connection connection) {
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
      if (method.getName().equals("commit")) {
        commits.incrementAndGet();
      }
      return invoke(connection, method, args);
    });
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
