package dk.renos.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real Redis server (the binary embedded-redis ships on Maven Central) as its own process, with
 * the append-only file on and fsynced every second, listening on loopback only.
 */
public final class RedisServer {

  public static final String NAME = "redis";

  private RedisServer() {}

  public static ServerProcess start(Path dataDir, int port, Path logFile) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new InfraException(NAME + ": cannot create " + dataDir + ": " + e.getMessage(), e);
    }
    List<String> command =
        List.of(
            BinaryCache.redisServer().toString(),
            "--port",
            Integer.toString(port),
            "--bind",
            "127.0.0.1",
            "--protected-mode",
            "yes",
            "--dir",
            dataDir.toString(),
            "--appendonly",
            "yes",
            "--appendfsync",
            "everysec",
            "--save",
            "",
            "--daemonize",
            "no",
            "--logfile",
            "");
    OsProcess process = OsProcess.start(command, dataDir, Map.of(), logFile);
    Readiness.await(NAME, process, logFile, Duration.ofSeconds(20), () -> ping(port));
    return new ServerProcess(NAME, port, process, logFile, "TERM");
  }

  /** True when the server answers PING with PONG. */
  public static boolean ping(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 300);
      socket.setSoTimeout(1000);
      OutputStream out = socket.getOutputStream();
      out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] reply = new byte[7];
      int read = in.readNBytes(reply, 0, 7);
      return new String(reply, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
    } catch (IOException e) {
      return false;
    }
  }
}
