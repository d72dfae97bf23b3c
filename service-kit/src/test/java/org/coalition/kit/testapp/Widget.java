package org.coalition.kit.testapp;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
public class Widget {
    @Id
    public UUID id;
    public String name;
    @Enumerated(EnumType.STRING)
    public Color color;
    public int size;
    public String tag;
    @Version
    public long version;
    public Instant createdAt;

    public enum Color { red, green, blue }
}
