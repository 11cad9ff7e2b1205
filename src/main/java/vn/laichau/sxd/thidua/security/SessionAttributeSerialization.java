package vn.laichau.sxd.thidua.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ConfigurableObjectInputStream;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.Deserializer;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * Web sessions live in the database (Spring Session JDBC), their attributes as Java serialized
 * bytes. Reading such bytes back may build any class on the class path: someone who can write the
 * table could make a node run code. A session here holds only logins (Spring Security's and the
 * Camunda webapps' {@code Authentications}), a CSRF token and their parts, so the bytes are read
 * through a filter that admits those classes and refuses every other class, deep graphs and large
 * payloads; a refused attribute fails the request as a lost session would.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributeSerialization {

  static final ObjectInputFilter ADMITTED = ObjectInputFilter.Config.createFilter(String.join(";",
      "maxdepth=20", "maxrefs=5000", "maxbytes=262144", "maxarray=10000",
      "java.lang.*", "java.util.*", "java.time.*",
      "org.springframework.security.**",
      "org.camunda.bpm.webapp.impl.security.**", "org.camunda.bpm.engine.impl.identity.*",
      "!*"));

  /** Spring Session takes the converter of this name for the attributes it stores and reads. */
  @Bean("springSessionConversionService")
  ConversionService springSessionConversionService() {
    GenericConversionService conversions = new GenericConversionService();
    conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
    conversions.addConverter(byte[].class, Object.class, new DeserializingConverter(filtered(SessionAttributeSerialization.class.getClassLoader())));
    return conversions;
  }

  static Deserializer<Object> filtered(ClassLoader classLoader) {
    return (InputStream in) -> {
      try (ObjectInputStream objects = new ConfigurableObjectInputStream(in, classLoader)) {
        objects.setObjectInputFilter(ADMITTED);
        return objects.readObject();
      } catch (ClassNotFoundException e) {
        throw new IOException("Không đọc được phiên làm việc đã lưu.", e);
      }
    };
  }
}
