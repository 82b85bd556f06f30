#!/bin/bash
# The official image's tool at its path, from kafka-tools' jar beside the broker's: ./dx compose
# check describes the processor's consumer group with it (its members, who holds which partition).
# Its own log goes to standard error, at WARN, so that standard output is the tool's answer.
exec java -Xmx128m -XX:TieredStopAtLevel=1 -Dlogback.configurationFile=/opt/kafka/config/tools-logback.xml \
  -cp '/opt/kafka/libs/*' org.apache.kafka.tools.consumer.group.ConsumerGroupCommand "$@"
