/**
 * Typed Jiko models. Records, snake_case JSON, unknown fields kept in {@code otherFields} (the API is
 * only partly public) and written back, money as integer cents.
 */
package io.cameljiko.component.model;
