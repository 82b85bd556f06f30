package vn.dxmonitor.alerting.deliver;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import vn.dxmonitor.alerting.notify.Notification;
import vn.dxmonitor.alerting.route.Receiver;

/**
 * Sends the notification as a plain-text e-mail in Vietnamese to every address of the receiver,
 * with a {@code Message-ID} made from the notification's id, so a redelivered one is recognisably
 * the same message.
 */
public final class EmailChannel implements Channel {

  private static final Session SESSION = Session.getInstance(new Properties());

  private final JavaMailSender sender;
  private final String from;
  private final NotificationText text;

  /**
   * @param sender null when no SMTP server is configured ({@code spring.mail.host})
   */
  public EmailChannel(JavaMailSender sender, String from, NotificationText text) {
    this.sender = sender;
    this.from = from;
    this.text = text;
  }

  @Override
  public String name() {
    return "email";
  }

  @Override
  public boolean reaches(Receiver receiver) {
    return !receiver.email().isEmpty();
  }

  @Override
  public void send(Notification notification, Receiver receiver) throws DeliveryFailedException {
    if (sender == null) {
      throw new DeliveryFailedException(
          "receiver "
              + receiver.id()
              + " has e-mail addresses but no SMTP server is configured (spring.mail.host)",
          true);
    }
    try {
      MimeMessage message = new StableIdMessage(SESSION, "<" + notification.id() + "@dx-monitor>");
      message.setFrom(new InternetAddress(from));
      for (String address : receiver.email()) {
        message.addRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(address));
      }
      message.setSubject(text.subject(notification), StandardCharsets.UTF_8.name());
      message.setText(text.body(notification), StandardCharsets.UTF_8.name());
      message.setHeader(WebhookChannel.ID_HEADER, notification.id());
      sender.send(message);
    } catch (MessagingException | MailParseException | MailPreparationException e) {
      throw new DeliveryFailedException("the e-mail cannot be made: " + e.getMessage(), true, e);
    } catch (MailAuthenticationException e) {
      throw new DeliveryFailedException(
          "the SMTP server refused the login: " + e.getMessage(), true, e);
    } catch (MailException e) {
      throw new DeliveryFailedException("SMTP delivery failed: " + e.getMessage(), false, e);
    }
  }

  /** Keeps the Message-ID it was given when the message is saved for sending. */
  private static final class StableIdMessage extends MimeMessage {

    private final String messageId;

    StableIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
