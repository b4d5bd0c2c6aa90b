package org.disclosurekg.serve;

/**
 * One dump file.
 *
 * @param name the file name under {@code /download/}
 * @param mediaType its {@code Content-Type}
 * @param size its length in bytes
 * @param sha256 lowercase hex SHA-256 of its bytes
 * @param titleZh what it is, in Chinese
 * @param titleEn what it is, in English
 */
public record Download(String name, String mediaType, long size, String sha256, String titleZh, String titleEn) {
}
