package dev.panel.common.api;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Encoder;
import io.micronaut.serde.Serializer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * JSON has no NaN or infinity: a statistic the data cannot give (Panel computes it as NaN) is written as
 * {@code null}, which every client reads, rather than the string "NaN", which most do not.
 */
@Singleton
final class FiniteNumbers implements Serializer<Double> {

    @Override
    public void serialize(Encoder encoder, EncoderContext context, Argument<? extends Double> type, Double value) throws IOException {
        if (value == null || value.isNaN() || value.isInfinite()) {
            encoder.encodeNull();
        } else {
            encoder.encodeDouble(value);
        }
    }
}
