package dk.renos.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Finding and checking loopback TCP ports. */
public final class Ports {

  private Ports() {}

  /** A port nobody listens on right now (the OS picks it). */
  public static int free() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new InfraException("no free TCP port on loopback: " + e.getMessage(), e);
    }
  }

  /** True when something accepts connections on 127.0.0.1:port. */
  public static boolean isListening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 300);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Fails with a clear line when another program already holds the port. */
  public static void requireFree(String component, int port, String envVar) {
    if (isListening(port)) {
      throw new InfraException(
          component
              + ": port "
              + port
              + " is already in use by another program"
              + " (stop it, or choose another port with "
              + envVar
              + "=<port>)");
    }
  }
}
