package com.voiceqa.web.notify;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Sends the message as a plain-text e-mail through the SMTP server of {@code spring.mail.*}. */
@Component
class EmailSender implements Sender {

    private final ObjectProvider<JavaMailSender> mail;
    private final NotifyProperties properties;

    EmailSender(ObjectProvider<JavaMailSender> mail, NotifyProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    @Override
    public String kind() {
        return "email";
    }

    @Override
    public void send(Channel channel, String title, String body, String url) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("no SMTP server configured: set spring.mail.host (and port, username, "
                    + "password) to send alert e-mails");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(channel.target());
        message.setSubject(title);
        message.setText(MessageFormat.mailText(body, url));
        sender.send(message);
    }
}
